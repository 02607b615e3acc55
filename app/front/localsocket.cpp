#include "localsocket.h"

#include <QFile>

#include <cstring>

#include <sys/socket.h>
#include <unistd.h>

namespace glance {

std::optional<sockaddr_un> localSocketAddress(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (encoded.isEmpty() || size_t(encoded.size()) >= sizeof(address.sun_path)) {
        return std::nullopt;
    }
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    return address;
}

bool peerIsThisUser(int socket)
{
#ifdef SO_PEERCRED
    ucred peer{};
    socklen_t size = sizeof(peer);
    return ::getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0 &&
           peer.uid == ::geteuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    return ::getpeereid(socket, &uid, &gid) == 0 && uid == ::geteuid();
#endif
}

} // namespace glance
