#include "instancemessage.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QHash>
#include <QVariant>
#include <QtEndian>

namespace glance::ipc {

namespace {

constexpr int MaxEntries = 32;

QByteArray frame(const QByteArray &payload)
{
    QByteArray bytes(Magic, sizeof(Magic));
    bytes.append(char(ProtocolVersion));
    char length[4];
    qToBigEndian(quint32(payload.size()), length);
    bytes.append(length, sizeof(length));
    bytes.append(payload);
    return bytes;
}

void writeText(QCborStreamWriter &writer, const char *key, const QString &value)
{
    writer.append(QLatin1String(key));
    writer.append(value);
}

void writeOptional(QCborStreamWriter &writer, const char *key, const std::optional<QString> &value)
{
    if (value) {
        writeText(writer, key, *value);
    }
}

// A flat map of text keys to text, booleans and integers; anything else is refused, so no
// message can nest deeper than one level or hide a value of a type nobody checks.
std::optional<QHash<QString, QVariant>> readFlatMap(const QByteArray &payload, QString *error)
{
    QCborStreamReader reader(payload);
    if (!reader.isMap() || !reader.enterContainer()) {
        *error = QStringLiteral("the payload is not a map");
        return std::nullopt;
    }
    QHash<QString, QVariant> entries;
    const auto readString = [&reader]() -> std::optional<QString> {
        QString text;
        auto chunk = reader.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            text += chunk.data;
            chunk = reader.readString();
        }
        if (chunk.status == QCborStreamReader::Error) {
            return std::nullopt;
        }
        return text;
    };
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (entries.size() >= MaxEntries || !reader.isString()) {
            *error = QStringLiteral("too many entries, or a key that is not text");
            return std::nullopt;
        }
        const auto key = readString();
        if (!key || entries.contains(*key)) {
            *error = QStringLiteral("a broken or repeated key");
            return std::nullopt;
        }
        if (reader.isString()) {
            const auto text = readString();
            if (!text) {
                *error = QStringLiteral("a broken text value");
                return std::nullopt;
            }
            entries.insert(*key, *text);
        } else if (reader.isBool()) {
            entries.insert(*key, reader.toBool());
            reader.next();
        } else if (reader.isInteger()) {
            entries.insert(*key, qint64(reader.toInteger()));
            reader.next();
        } else {
            *error = QStringLiteral("a value that is not text, a boolean or an integer");
            return std::nullopt;
        }
    }
    if (reader.lastError() != QCborError::NoError || !reader.leaveContainer() ||
        reader.lastError() != QCborError::NoError || reader.currentOffset() != payload.size()) {
        *error = QStringLiteral("the payload is not one well-formed map");
        return std::nullopt;
    }
    return entries;
}

} // namespace

QByteArray requestFrame(const ForwardedRequest &forwarded)
{
    const Request &request = forwarded.request;
    const Overrides &overrides = request.overrides;
    QByteArray payload;
    QCborStreamWriter writer(&payload);
    writer.startMap();
    // A bare second launch is sent as "dialog".
    const Request::Action action =
        request.action == Request::Action::Start ? Request::Action::ShowDialog : request.action;
    writeText(writer, "command", Request::commandWord(action));
    if (action == Request::Action::Join) {
        writeText(writer, "key", request.sessionKey);
    }
    writeOptional(writer, "name", overrides.name);
    writeOptional(writer, "email", overrides.email);
    writeOptional(writer, "phone", overrides.phone);
    if (overrides.selector) {
        writeText(writer, "selector", overrides.selector->first);
        writeText(writer, "selector-value", overrides.selector->second);
    }
    if (overrides.viewerSameWindow) {
        writer.append(QLatin1String("same-window"));
        writer.append(*overrides.viewerSameWindow);
    }
    writeOptional(writer, "mode", overrides.mode);
    writeOptional(writer, "server", overrides.server);
    writer.append(QLatin1String("terminal"));
    writer.append(forwarded.fromTerminal);
    writer.append(QLatin1String("expires"));
    writer.append(forwarded.expiresAt);
    writer.endMap();
    return frame(payload);
}

QByteArray replyFrame(const Reply &reply)
{
    QByteArray payload;
    QCborStreamWriter writer(&payload);
    writer.startMap();
    writer.append(QLatin1String("exit-code"));
    writer.append(qint64(reply.exitCode));
    writeText(writer, "message", reply.message);
    writer.endMap();
    return frame(payload);
}

std::optional<ForwardedRequest> decodeRequest(const QByteArray &payload, QString *error)
{
    auto entries = readFlatMap(payload, error);
    if (!entries) {
        return std::nullopt;
    }
    const auto take = [&entries](const char *key, int type) -> std::optional<QVariant> {
        const QString name = QLatin1String(key);
        if (!entries->contains(name) || entries->value(name).typeId() != type) {
            return std::nullopt;
        }
        return entries->take(name);
    };
    const auto takeText = [&take](const char *key) -> std::optional<QString> {
        const auto value = take(key, QMetaType::QString);
        return value ? std::optional<QString>(value->toString()) : std::nullopt;
    };

    ForwardedRequest forwarded;
    const auto command = takeText("command");
    const auto expires = take("expires", QMetaType::LongLong);
    if (!command || !expires) {
        *error = QStringLiteral("no command, or no expiry");
        return std::nullopt;
    }
    forwarded.expiresAt = expires->toLongLong();
    const auto action = Request::actionOfCommandWord(*command);
    if (!action) {
        *error = QStringLiteral("an unknown command");
        return std::nullopt;
    }
    forwarded.request.action = *action;
    Request &request = forwarded.request;
    if (request.action == Request::Action::Join) {
        const auto key = takeText("key");
        if (!key) {
            *error = QStringLiteral("a join without a key");
            return std::nullopt;
        }
        request.sessionKey = *key;
    }
    Overrides &overrides = request.overrides;
    overrides.name = takeText("name");
    overrides.email = takeText("email");
    overrides.phone = takeText("phone");
    const auto selector = takeText("selector");
    const auto selectorValue = takeText("selector-value");
    if (selector.has_value() != selectorValue.has_value()) {
        *error = QStringLiteral("a selector without its value");
        return std::nullopt;
    }
    if (selector) {
        overrides.selector = std::make_pair(*selector, *selectorValue);
    }
    if (const auto terminal = take("terminal", QMetaType::Bool)) {
        forwarded.fromTerminal = terminal->toBool();
    }
    if (const auto sameWindow = take("same-window", QMetaType::Bool)) {
        overrides.viewerSameWindow = sameWindow->toBool();
    }
    overrides.mode = takeText("mode");
    overrides.server = takeText("server");
    if (!entries->isEmpty()) {
        *error = QStringLiteral("unknown or mistyped entries: %1")
                     .arg(entries->keys().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return forwarded;
}

std::optional<Reply> decodeReply(const QByteArray &payload, QString *error)
{
    const auto entries = readFlatMap(payload, error);
    if (!entries) {
        return std::nullopt;
    }
    const QVariant code = entries->value(QStringLiteral("exit-code"));
    const QVariant message = entries->value(QStringLiteral("message"));
    if (code.typeId() != QMetaType::LongLong || message.typeId() != QMetaType::QString ||
        entries->size() != 2 || code.toLongLong() < 0 || code.toLongLong() > 255) {
        *error = QStringLiteral("not a reply");
        return std::nullopt;
    }
    return Reply{int(code.toLongLong()), message.toString()};
}

FrameReader::State FrameReader::fail(const QString &error)
{
    m_error = error;
    m_buffer.clear();
    return m_state = State::Malformed;
}

FrameReader::State FrameReader::feed(const QByteArray &bytes)
{
    if (m_state != State::NeedMore) {
        return m_state;
    }
    m_buffer.append(bytes);
    if (m_buffer.size() < HeaderSize) {
        if (!QByteArrayView(Magic, sizeof(Magic)).startsWith(m_buffer.left(sizeof(Magic)))) {
            return fail(QStringLiteral("not a glance-launcher message"));
        }
        return m_state;
    }
    if (!m_buffer.startsWith(QByteArrayView(Magic, sizeof(Magic)))) {
        return fail(QStringLiteral("not a glance-launcher message"));
    }
    if (quint8(m_buffer.at(4)) != ProtocolVersion) {
        return fail(QStringLiteral("protocol version %1, not %2")
                        .arg(quint8(m_buffer.at(4)))
                        .arg(ProtocolVersion));
    }
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + 5);
    if (length > MaxPayloadSize) {
        return fail(
            QStringLiteral("a payload of %1 bytes, more than %2").arg(length).arg(MaxPayloadSize));
    }
    if (quint32(m_buffer.size() - HeaderSize) < length) {
        return m_state;
    }
    if (quint32(m_buffer.size() - HeaderSize) > length) {
        return fail(QStringLiteral("bytes after the message"));
    }
    m_payload = m_buffer.mid(HeaderSize);
    m_buffer.clear();
    return m_state = State::Complete;
}

} // namespace glance::ipc
