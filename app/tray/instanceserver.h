#pragma once

#include "app/front/instancemessage.h"

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace glance {

// The running app's side of the socket: takes the requests of later launches, has them carried
// out and answers each. A connection from another user, a malformed, oversize or unknown-version
// message, or a client that says nothing for a while is dropped with a warning in the log; none
// of them can stop the app or hold up the other connections. Plain POSIX calls watched by the
// event loop, as on the launch's side, so that the app loads no Qt Network.
class InstanceServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ipc::Reply(const ipc::ForwardedRequest &)>;

    explicit InstanceServer(Handler handler, QObject *parent = nullptr);
    ~InstanceServer() override;

    // The caller holds the instance lock, so a socket already at path is a dead primary's.
    bool listen(const QString &socketPath);
    QString errorString() const { return m_error; }

    static constexpr int MaxConnections = 32;
    static constexpr int ClientTimeoutMilliseconds = 5000;

private:
    class Connection;

    void accept();
    void read(Connection *connection);
    void answer(Connection *connection);
    void drop(Connection *connection, const char *why);

    Handler m_handler;
    int m_listener = -1;
    QString m_path;
    QString m_error;
    QSocketNotifier *m_incoming = nullptr;
    int m_connections = 0;
};

} // namespace glance
