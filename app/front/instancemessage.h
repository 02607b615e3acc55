#pragma once

#include "request.h"

#include <QByteArray>
#include <QString>

#include <optional>

// What a later launch and the running app say to each other over the socket. Each message is
// a frame:
//
//   "GLNC"  version (1 byte)  payload length (4 bytes, big-endian)  payload
//
// The payload is a flat CBOR map of text keys to text, booleans and integers, at most 64 KiB.
// A request names its command with the command line's own words ("join", "agent-join",
// "dialog", "quit", ...) and carries the raw values as typed, which the running app checks as
// if they were typed there; it says until when it is worth carrying out. The reply carries the
// exit code for the launch and a message.
namespace glance::ipc {

inline constexpr char Magic[4] = {'G', 'L', 'N', 'C'};
inline constexpr quint8 ProtocolVersion = 1;
inline constexpr int HeaderSize = 9;
inline constexpr quint32 MaxPayloadSize = 64 * 1024;

struct Reply
{
    int exitCode = 0;
    QString message;
};

struct ForwardedRequest
{
    Request request;
    // Whether the launch has a terminal to show a refusal on; without one (a desktop shortcut,
    // a launcher) the running app shows it in a window.
    bool fromTerminal = true;
    // When the sender gives up waiting: QDeadlineTimer::current().deadline() plus its wait, in
    // milliseconds of the monotonic clock, which all processes of the machine share and no
    // change of the wall clock moves.
    qint64 expiresAt = 0;
};

QByteArray requestFrame(const ForwardedRequest &forwarded);
QByteArray replyFrame(const Reply &reply);

// Payloads, as FrameReader hands them out. nullopt for anything malformed, with why in *error.
std::optional<ForwardedRequest> decodeRequest(const QByteArray &payload, QString *error);
std::optional<Reply> decodeReply(const QByteArray &payload, QString *error);

// Collects bytes as they arrive until a whole frame is there. Refuses a wrong magic, an unknown
// version or an oversize length as soon as the header is in, before any payload is buffered.
class FrameReader
{
public:
    enum class State
    {
        NeedMore,
        Complete,
        Malformed,
    };

    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    const QByteArray &payload() const { return m_payload; }
    const QString &error() const { return m_error; }

private:
    State fail(const QString &error);

    QByteArray m_buffer;
    QByteArray m_payload;
    QString m_error;
    State m_state = State::NeedMore;
};

} // namespace glance::ipc
