#pragma once

#include "instancemessage.h"

#include <QDeadlineTimer>
#include <QString>

#include <optional>

namespace glance {

// A later launch's side of the socket. Plain POSIX calls, so that forwarding a request loads
// neither Qt Network nor the GUI.
class InstanceClient
{
public:
    enum class Connection
    {
        Connected,
        NobodyListening, // no socket, or a socket nobody accepts on (a dead primary's)
        Busy,            // the primary's queue of new connections is full
        SomeoneElse,     // the socket belongs to another user
    };

    InstanceClient() = default;
    ~InstanceClient();
    InstanceClient(const InstanceClient &) = delete;
    InstanceClient &operator=(const InstanceClient &) = delete;

    Connection connectTo(const QString &socketPath);

    // Sends the frame and waits for the reply until deadline. nullopt, with why in *error, when
    // the reply does not come in time (a hung or stopped primary) or is not a reply.
    std::optional<ipc::Reply> exchange(const QByteArray &frame, QDeadlineTimer deadline,
                                       QString *error);

private:
    int m_socket = -1;
};

} // namespace glance
