#include "instanceserver.h"

#include "app/front/localsocket.h"
#include "app/front/logging.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace glance {

// One later launch: its socket, what it has sent so far, and how long it may take.
class InstanceServer::Connection : public QObject
{
public:
    Connection(int socket, QObject *parent)
        : QObject(parent)
        , socket(socket)
        , readable(new QSocketNotifier(socket, QSocketNotifier::Read, this))
        , timeout(new QTimer(this))
    {
        timeout->setSingleShot(true);
        timeout->start(ClientTimeoutMilliseconds);
    }
    ~Connection() override { ::close(socket); }

    const int socket;
    QSocketNotifier *const readable;
    QTimer *const timeout;
    ipc::FrameReader reader;
};

namespace {

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

InstanceServer::InstanceServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

InstanceServer::~InstanceServer()
{
    if (m_listener >= 0) {
        ::close(m_listener);
        ::unlink(QFile::encodeName(m_path).constData());
    }
}

bool InstanceServer::listen(const QString &socketPath)
{
    const auto address = localSocketAddress(socketPath);
    if (!address) {
        m_error = QString::fromLocal8Bit(std::strerror(ENAMETOOLONG));
        return false;
    }
    m_listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listener < 0) {
        m_error = lastError();
        return false;
    }
    ::unlink(address->sun_path);
    // Owner-only at once: the folder already is, so nobody else can connect in between.
    if (::bind(m_listener, reinterpret_cast<const sockaddr *>(&*address), sizeof(*address)) != 0 ||
        ::chmod(address->sun_path, S_IRUSR | S_IWUSR) != 0 || ::listen(m_listener, 64) != 0) {
        m_error = lastError();
        qCWarning(lcIpc) << "cannot listen on" << socketPath << m_error;
        ::close(m_listener);
        m_listener = -1;
        return false;
    }
    m_path = socketPath;
    m_incoming = new QSocketNotifier(m_listener, QSocketNotifier::Read, this);
    connect(m_incoming, &QSocketNotifier::activated, this, &InstanceServer::accept);
    qCInfo(lcIpc) << "listening on" << socketPath;
    return true;
}

void InstanceServer::accept()
{
    while (true) {
        const int socket = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (socket < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        if (m_connections >= MaxConnections || !peerIsThisUser(socket)) {
            qCWarning(lcIpc) << "dropping a connection: too many, or from another user";
            ::close(socket);
            continue;
        }
        ++m_connections;
        auto *connection = new Connection(socket, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
        connect(connection->readable, &QSocketNotifier::activated, this,
                [this, connection] { read(connection); });
        connect(connection->timeout, &QTimer::timeout, this, [this, connection] {
            drop(connection, "dropping a connection that sent no whole message in time");
        });
    }
}

void InstanceServer::read(Connection *connection)
{
    char buffer[4096];
    while (true) {
        const ssize_t received = ::recv(connection->socket, buffer, sizeof(buffer), 0);
        if (received > 0) {
            if (connection->reader.feed(QByteArray(buffer, received)) !=
                ipc::FrameReader::State::NeedMore) {
                return answer(connection);
            }
            continue;
        }
        if (received < 0 && errno == EINTR) {
            continue;
        }
        if (received < 0 && errno == EAGAIN) {
            return;
        }
        // The launch went away before it had said everything: nothing to answer.
        connection->deleteLater();
        connection->readable->setEnabled(false);
        return;
    }
}

void InstanceServer::answer(Connection *connection)
{
    connection->readable->setEnabled(false);
    connection->timeout->stop();
    QString error;
    const auto forwarded = connection->reader.state() == ipc::FrameReader::State::Complete
                               ? ipc::decodeRequest(connection->reader.payload(), &error)
                               : std::nullopt;
    if (!forwarded) {
        qCWarning(lcIpc) << "dropping a malformed message:"
                         << (error.isEmpty() ? connection->reader.error() : error);
        return drop(connection, nullptr);
    }
    // The launch has given up and told its user so: doing it now would surprise them.
    if (forwarded->expiresAt < QDeadlineTimer::current().deadline()) {
        return drop(connection, "dropping a request that arrived after its launch gave up");
    }
    const ipc::Reply reply = m_handler(*forwarded);
    qCInfo(lcIpc) << "carried out a request, exit code" << reply.exitCode;
    // A reply is small and the socket's buffer empty, so it goes in one call, or not at all.
    const QByteArray frame = ipc::replyFrame(reply);
    if (::send(connection->socket, frame.constData(), size_t(frame.size()), MSG_NOSIGNAL) !=
        frame.size()) {
        qCWarning(lcIpc) << "could not answer a launch:" << lastError();
    }
    connection->deleteLater();
}

void InstanceServer::drop(Connection *connection, const char *why)
{
    if (why) {
        qCWarning(lcIpc) << why;
    }
    connection->readable->setEnabled(false);
    connection->timeout->stop();
    connection->deleteLater();
}

} // namespace glance
