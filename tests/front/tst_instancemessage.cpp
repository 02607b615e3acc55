#include "app/front/instancemessage.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>
#include <QtEndian>

using namespace glance;
using namespace Qt::StringLiterals;

namespace {

QByteArray framed(const QByteArray &payload, quint8 version = ipc::ProtocolVersion)
{
    QByteArray bytes("GLNC");
    bytes.append(char(version));
    char length[4];
    qToBigEndian(quint32(payload.size()), length);
    bytes.append(length, 4);
    return bytes + payload;
}

// The payload of a frame, read back through FrameReader.
QByteArray payloadOf(const QByteArray &frame)
{
    ipc::FrameReader reader;
    if (reader.feed(frame) != ipc::FrameReader::State::Complete) {
        return {};
    }
    return reader.payload();
}

} // namespace

class TestInstanceMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsRoundTrip_data();
    void requestsRoundTrip();
    void awkwardValuesArriveIntact();
    void repliesRoundTrip();
    void readerTakesBytesAsTheyCome();
    void readerRefuses_data();
    void readerRefuses();
    void decoderRefuses_data();
    void decoderRefuses();
};

void TestInstanceMessage::requestsRoundTrip_data()
{
    using Action = Request::Action;
    QTest::addColumn<Action>("action");
    QTest::addColumn<Action>("arrives");
    QTest::newRow("bare launch shows the dialog") << Action::Start << Action::ShowDialog;
    for (Action action :
         {Action::ShowDialog, Action::ShowSettings, Action::Join, Action::OpenJoinPage,
          Action::AccountSummary, Action::LoginKey, Action::SsoTroubleshooting, Action::Quit}) {
        QTest::addRow("action %d", int(action)) << action << action;
    }
}

void TestInstanceMessage::requestsRoundTrip()
{
    QFETCH(Request::Action, action);
    QFETCH(Request::Action, arrives);
    ipc::ForwardedRequest sent;
    sent.request.action = action;
    if (action == Request::Action::Join) {
        sent.request.sessionKey = u"1234"_s;
    }
    sent.expiresAt = 1234567890123;
    QString error;
    const auto received = ipc::decodeRequest(payloadOf(ipc::requestFrame(sent)), &error);
    QVERIFY2(received, qPrintable(error));
    QCOMPARE(received->request.action, arrives);
    QCOMPARE(received->request.sessionKey, sent.request.sessionKey);
    QCOMPARE(received->expiresAt, sent.expiresAt);
}

void TestInstanceMessage::awkwardValuesArriveIntact()
{
    const QString awkward = u" A&B=C #D %E +F ?G /H \"I\" 'J' Zoë 日本 \U0001F600 "_s;
    ipc::ForwardedRequest sent;
    sent.request.action = Request::Action::Join;
    sent.request.sessionKey = awkward;
    Overrides &overrides = sent.request.overrides;
    overrides.name = awkward;
    overrides.email = QString();
    overrides.phone = awkward;
    overrides.selector = std::make_pair(u"idpname"_s, awkward);
    overrides.viewerSameWindow = false;
    overrides.mode = awkward;
    overrides.server = awkward;
    sent.expiresAt = 1;
    sent.fromTerminal = false;
    QString error;
    const auto received = ipc::decodeRequest(payloadOf(ipc::requestFrame(sent)), &error);
    QVERIFY2(received, qPrintable(error));
    QVERIFY(received->request == sent.request);
    QCOMPARE(received->fromTerminal, false);
}

void TestInstanceMessage::repliesRoundTrip()
{
    QString error;
    const ipc::Reply replies[] = {{0, QString()}, {2, u"Email: … & ü"_s}};
    for (const ipc::Reply &reply : replies) {
        const auto received = ipc::decodeReply(payloadOf(ipc::replyFrame(reply)), &error);
        QVERIFY2(received, qPrintable(error));
        QCOMPARE(received->exitCode, reply.exitCode);
        QCOMPARE(received->message, reply.message);
    }
}

void TestInstanceMessage::readerTakesBytesAsTheyCome()
{
    ipc::ForwardedRequest sent;
    sent.request.action = Request::Action::OpenJoinPage;
    const QByteArray frame = ipc::requestFrame(sent);
    ipc::FrameReader reader;
    for (qsizetype i = 0; i < frame.size() - 1; ++i) {
        QCOMPARE(reader.feed(frame.mid(i, 1)), ipc::FrameReader::State::NeedMore);
    }
    QCOMPARE(reader.feed(frame.right(1)), ipc::FrameReader::State::Complete);
    QCOMPARE(reader.payload(), frame.mid(ipc::HeaderSize));
}

void TestInstanceMessage::readerRefuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("text") << QByteArray("GET / HTTP/1.0\r\n\r\n")
                          << u"not a glance-launcher message"_s;
    QTest::newRow("wrong magic early") << QByteArray("GLX") << u"not a glance-launcher message"_s;
    QTest::newRow("other version") << framed("\xa0", 2) << u"protocol version 2, not 1"_s;
    QByteArray oversize("GLNC\x01\x7f\xff\xff\xff", 9);
    QTest::newRow("oversize") << oversize << u"a payload of 2147483647 bytes, more than 65536"_s;
    QTest::newRow("trailing bytes") << framed("\xa0") + "x" << u"bytes after the message"_s;
}

void TestInstanceMessage::readerRefuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    ipc::FrameReader reader;
    QCOMPARE(reader.feed(bytes), ipc::FrameReader::State::Malformed);
    QCOMPARE(reader.error(), error);
    // Nothing more is taken.
    QCOMPARE(reader.feed(framed("\xa0")), ipc::FrameReader::State::Malformed);
}

void TestInstanceMessage::decoderRefuses_data()
{
    QTest::addColumn<QByteArray>("payload");
    const auto map = [](std::initializer_list<std::pair<QString, QCborValue>> entries) {
        QCborMap m;
        for (const auto &[key, value] : entries) {
            m.insert(key, value);
        }
        return m.toCborValue().toCbor();
    };
    const QCborValue expires(qint64(1));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a map") << QCborValue(u"join"_s).toCbor();
    QTest::newRow("no command") << map({{u"expires"_s, expires}});
    QTest::newRow("no expiry") << map({{u"command"_s, u"dialog"_s}});
    QTest::newRow("unknown command")
        << map({{u"command"_s, u"format-disk"_s}, {u"expires"_s, expires}});
    QTest::newRow("join without key") << map({{u"command"_s, u"join"_s}, {u"expires"_s, expires}});
    QTest::newRow("unknown entry")
        << map({{u"command"_s, u"dialog"_s}, {u"expires"_s, expires}, {u"url"_s, u"x"_s}});
    QTest::newRow("mistyped entry")
        << map({{u"command"_s, u"join"_s}, {u"key"_s, 1234}, {u"expires"_s, expires}});
    QTest::newRow("nested") << map(
        {{u"command"_s, u"dialog"_s}, {u"expires"_s, expires}, {u"name"_s, QCborMap()}});
    QTest::newRow("selector without value")
        << map({{u"command"_s, u"dialog"_s}, {u"expires"_s, expires}, {u"selector"_s, u"idpid"_s}});
    QByteArray repeated = map({{u"command"_s, u"dialog"_s}, {u"expires"_s, expires}});
    repeated[0] = char(0xa3); // a map of three entries, the third repeating the first key
    repeated += QCborValue(u"command"_s).toCbor() + QCborValue(u"quit"_s).toCbor();
    QTest::newRow("repeated key") << repeated;
    QTest::newRow("trailing bytes")
        << map({{u"command"_s, u"dialog"_s}, {u"expires"_s, expires}}) + "\x01";
    QTest::newRow("cut short")
        << map({{u"command"_s, u"dialog"_s}, {u"expires"_s, expires}}).chopped(2);
}

void TestInstanceMessage::decoderRefuses()
{
    QFETCH(QByteArray, payload);
    QString error;
    QVERIFY(!ipc::decodeRequest(payload, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestInstanceMessage)
#include "tst_instancemessage.moc"
