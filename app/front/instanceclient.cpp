#include "instanceclient.h"

#include "localsocket.h"

#include <cerrno>
#include <cstring>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace glance {

namespace {

// Waits for events on the socket until deadline; false on timeout or error.
bool waitFor(int socket, short events, QDeadlineTimer deadline)
{
    while (true) {
        pollfd descriptor{socket, events, 0};
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0) {
            return false;
        }
        const int ready = ::poll(&descriptor, 1, remaining < 0 ? -1 : int(remaining));
        if (ready > 0) {
            return true;
        }
        if (ready == 0 || errno != EINTR) {
            return false;
        }
    }
}

} // namespace

InstanceClient::~InstanceClient()
{
    if (m_socket >= 0) {
        ::close(m_socket);
    }
}

InstanceClient::Connection InstanceClient::connectTo(const QString &socketPath)
{
    const auto address = localSocketAddress(socketPath);
    if (!address) {
        return Connection::NobodyListening;
    }
    // Non-blocking: with a primary that does not accept (stopped, hung) and its queue full, a
    // blocking connect() would sleep in the kernel past every deadline.
    m_socket = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_socket < 0) {
        return Connection::NobodyListening;
    }
    if (::connect(m_socket, reinterpret_cast<const sockaddr *>(&*address), sizeof(*address)) == 0) {
        if (peerIsThisUser(m_socket)) {
            return Connection::Connected;
        }
        ::close(m_socket);
        m_socket = -1;
        return Connection::SomeoneElse;
    }
    const int error = errno;
    ::close(m_socket);
    m_socket = -1;
    return error == EAGAIN || error == EINPROGRESS ? Connection::Busy : Connection::NobodyListening;
}

std::optional<ipc::Reply> InstanceClient::exchange(const QByteArray &frame, QDeadlineTimer deadline,
                                                   QString *error)
{
    const auto failed = [error](const QString &why) -> std::optional<ipc::Reply> {
        *error = why;
        return std::nullopt;
    };
    qsizetype sent = 0;
    while (sent < frame.size()) {
        if (!waitFor(m_socket, POLLOUT, deadline)) {
            return failed(QStringLiteral("timeout"));
        }
        const ssize_t written =
            ::send(m_socket, frame.constData() + sent, size_t(frame.size() - sent), MSG_NOSIGNAL);
        if (written < 0 && errno != EINTR && errno != EAGAIN) {
            return failed(QString::fromLocal8Bit(strerror(errno)));
        }
        sent += written > 0 ? written : 0;
    }
    ipc::FrameReader reader;
    char buffer[4096];
    while (reader.state() == ipc::FrameReader::State::NeedMore) {
        if (!waitFor(m_socket, POLLIN, deadline)) {
            return failed(QStringLiteral("timeout"));
        }
        const ssize_t received = ::recv(m_socket, buffer, sizeof(buffer), 0);
        if (received == 0) {
            return failed(QStringLiteral("the connection was closed"));
        }
        if (received < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            return failed(QString::fromLocal8Bit(strerror(errno)));
        }
        reader.feed(QByteArray(buffer, received));
    }
    if (reader.state() == ipc::FrameReader::State::Malformed) {
        return failed(reader.error());
    }
    return ipc::decodeReply(reader.payload(), error);
}

} // namespace glance
