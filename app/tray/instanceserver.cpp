#include "instanceserver.h"

#include "app/front/logging.h"

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace glance {

namespace {

// The folder is the user's own already; this also holds where a runtime folder is shared.
bool isFromThisUser(const QLocalSocket *socket)
{
#ifdef SO_PEERCRED
    ucred peer{};
    socklen_t size = sizeof(peer);
    if (::getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0) {
        return false;
    }
    return peer.uid == ::geteuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    return ::getpeereid(int(socket->socketDescriptor()), &uid, &gid) == 0 && uid == ::geteuid();
#endif
}

} // namespace

InstanceServer::InstanceServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::accept);
}

InstanceServer::~InstanceServer() = default;

bool InstanceServer::listen(const QString &socketPath)
{
    QLocalServer::removeServer(socketPath);
    if (!m_server->listen(socketPath)) {
        qCWarning(lcIpc) << "cannot listen on" << socketPath << m_server->errorString();
        return false;
    }
    qCInfo(lcIpc) << "listening on" << socketPath;
    return true;
}

QString InstanceServer::errorString() const
{
    return m_server->errorString();
}

void InstanceServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= MaxConnections || !isFromThisUser(socket)) {
            qCWarning(lcIpc) << "dropping a connection: too many, or from another user";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        serve(socket);
    }
}

void InstanceServer::serve(QLocalSocket *socket)
{
    ++m_connections;
    auto reader = std::make_shared<ipc::FrameReader>();
    auto *timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    timeout->start(ClientTimeoutMilliseconds);
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(timeout, &QTimer::timeout, socket, [socket] {
        qCWarning(lcIpc) << "dropping a connection that sent no whole message in time";
        socket->abort();
        socket->deleteLater();
    });
    connect(socket, &QLocalSocket::readyRead, socket, [this, socket, reader, timeout] {
        if (reader->feed(socket->readAll()) == ipc::FrameReader::State::NeedMore) {
            return;
        }
        timeout->stop();
        QString error;
        const auto forwarded = reader->state() == ipc::FrameReader::State::Complete
                                   ? ipc::decodeRequest(reader->payload(), &error)
                                   : std::nullopt;
        if (!forwarded) {
            qCWarning(lcIpc) << "dropping a malformed message:"
                             << (error.isEmpty() ? reader->error() : error);
            socket->abort();
            socket->deleteLater();
            return;
        }
        // The launch has given up and told its user so: doing it now would surprise them.
        if (forwarded->expiresAt < QDeadlineTimer::current().deadline()) {
            qCWarning(lcIpc) << "dropping a request that arrived after its launch gave up";
            socket->abort();
            socket->deleteLater();
            return;
        }
        const ipc::Reply reply = m_handler(*forwarded);
        qCInfo(lcIpc) << "carried out a request, exit code" << reply.exitCode;
        socket->write(ipc::replyFrame(reply));
        socket->flush();
        socket->disconnectFromServer();
    });
}

} // namespace glance
