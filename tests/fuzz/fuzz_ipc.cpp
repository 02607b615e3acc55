// The bytes a process may send over the instance socket, read by FrameReader as they arrive,
// then decoded as a request (by the running app) and as a reply (by a launch).
//
// Input: ten control bytes, then the stream.
//   [0]     bit 0: the harness frames the stream itself (magic, version, its length), so that
//           mutations reach the payload decoders without having to keep the length right
//   [1..4]  sizes of the chunks the stream arrives in, used in turn; 0 is all the rest
//   [5]     a byte, repeated [6..7] (big-endian) times 2 and put at offset [8..9] of the stream:
//           payloads near and over the size limit
#include "app/front/instancemessage.h"
#include "fuzzcheck.h"

#include <QByteArray>
#include <QtEndian>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace glance;
using State = ipc::FrameReader::State;

namespace {

constexpr size_t ControlSize = 10;

QByteArray header(quint8 version, quint32 length)
{
    QByteArray bytes(ipc::Magic, sizeof(ipc::Magic));
    bytes.append(char(version));
    char bigEndian[4];
    qToBigEndian(length, bigEndian);
    bytes.append(bigEndian, sizeof(bigEndian));
    return bytes;
}

// What the frame format says of a stream received so far, independent of how it was chunked:
// refused as soon as the magic, version or length is wrong, or more bytes than the frame holds
// have arrived.
State expectedState(const QByteArray &received)
{
    const QByteArrayView magic(ipc::Magic, sizeof(ipc::Magic));
    if (!magic.startsWith(
            QByteArrayView(received).first(std::min(received.size(), magic.size())))) {
        return State::Malformed;
    }
    if (received.size() < ipc::HeaderSize) {
        return State::NeedMore;
    }
    const quint32 length = qFromBigEndian<quint32>(received.constData() + 5);
    if (quint8(received.at(4)) != ipc::ProtocolVersion || length > ipc::MaxPayloadSize) {
        return State::Malformed;
    }
    const auto payloadReceived = quint64(received.size() - ipc::HeaderSize);
    if (payloadReceived < length) {
        return State::NeedMore;
    }
    return payloadReceived == length ? State::Complete : State::Malformed;
}

// A payload read back after one more trip through the writer and the reader.
QByteArray throughReader(const QByteArray &frame)
{
    ipc::FrameReader reader;
    FUZZ_CHECK(reader.feed(frame) == State::Complete);
    return reader.payload();
}

void checkDecoders(const QByteArray &payload)
{
    QString error;
    if (const auto request = ipc::decodeRequest(payload, &error)) {
        const QByteArray frame = ipc::requestFrame(*request);
        QString againError;
        const auto again = ipc::decodeRequest(throughReader(frame), &againError);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->request == request->request);
        FUZZ_CHECK(again->fromTerminal == request->fromTerminal);
        FUZZ_CHECK(again->expiresAt == request->expiresAt);
        // The writer's form is canonical: writing what was read gives the same bytes.
        FUZZ_CHECK(ipc::requestFrame(*again) == frame);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    error.clear();
    if (const auto reply = ipc::decodeReply(payload, &error)) {
        FUZZ_CHECK(reply->exitCode >= 0 && reply->exitCode <= 255);
        const QByteArray frame = ipc::replyFrame(*reply);
        QString againError;
        const auto again = ipc::decodeReply(throughReader(frame), &againError);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->exitCode == reply->exitCode && again->message == reply->message);
        FUZZ_CHECK(ipc::replyFrame(*again) == frame);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < ControlSize) {
        return 0;
    }
    const uint8_t *control = data;
    QByteArray stream(reinterpret_cast<const char *>(data + ControlSize),
                      qsizetype(size - ControlSize));
    const qsizetype runLength = qFromBigEndian<quint16>(control + 6) * 2;
    const qsizetype runOffset =
        std::min<qsizetype>(qFromBigEndian<quint16>(control + 8), stream.size());
    stream.insert(runOffset, QByteArray(runLength, char(control[5])));
    if (control[0] & 1) {
        stream.prepend(header(ipc::ProtocolVersion, quint32(stream.size())));
    }

    ipc::FrameReader reader;
    QByteArray received;
    qsizetype offset = 0;
    for (int chunk = 0; offset < stream.size() && reader.state() == State::NeedMore; ++chunk) {
        const uint8_t chunkSize = control[1 + chunk % 4];
        const QByteArray bytes =
            chunkSize == 0 ? stream.mid(offset) : stream.mid(offset, chunkSize);
        offset += bytes.size();
        received += bytes;
        const State state = reader.feed(bytes);
        FUZZ_CHECK(state == reader.state());
        FUZZ_CHECK(state == expectedState(received));
        // While it waits for more, the reader holds every byte it was given: never more than
        // one frame's worth.
        if (state == State::NeedMore) {
            FUZZ_CHECK(received.size() < ipc::HeaderSize + qsizetype(ipc::MaxPayloadSize));
        }
        if (state == State::Malformed) {
            FUZZ_CHECK(!reader.error().isEmpty());
        }
    }
    if (reader.state() != State::Complete) {
        return 0;
    }
    const QByteArray payload = reader.payload();
    FUZZ_CHECK(payload == received.mid(ipc::HeaderSize));
    FUZZ_CHECK(payload.size() <= qsizetype(ipc::MaxPayloadSize));
    // A reader done with its frame takes nothing more.
    FUZZ_CHECK(reader.feed(stream.mid(offset) + "more") == State::Complete);
    FUZZ_CHECK(reader.payload() == payload);
    checkDecoders(payload);
    return 0;
}
