#include "core/accountselector.h"
#include "core/identity.h"
#include "core/joinoptions.h"
#include "core/server.h"

#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(glance::AccountSelector::Kind)
Q_DECLARE_METATYPE(glance::Field)

class TestValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity_data();
    void identity();
    void selector_data();
    void selector();
    void selectorKeys();
    void server_data();
    void server();
    void joinMode_data();
    void joinMode();
};

// Each row: the three identity inputs, and either the cleaned values or the refusal.
void TestValues::identity_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("message");

    QTest::newRow("all empty") << QString() << QString() << QString()
                               << QStringList{QString(), QString(), QString()} << QString();
    QTest::newRow("reference example")
        << u"User Name"_s << u"user@example.com"_s << u"(111)222-3333"_s
        << QStringList{u"User Name"_s, u"user@example.com"_s, u"(111)222-3333"_s} << QString();
    QTest::newRow("trimmed") << u"  User Name \n"_s << u" a+b@example.com "_s << u" +1 555 "_s
                             << QStringList{u"User Name"_s, u"a+b@example.com"_s, u"+1 555"_s}
                             << QString();
    QTest::newRow("composed to NFC")
        << u"Jose\u0301"_s << QString() << QString()
        << QStringList{u"Jos\u00e9"_s, QString(), QString()} << QString();
    QTest::newRow("phone punctuation")
        << QString() << QString() << u"+49 (0)30 / 123.45-6"_s
        << QStringList{QString(), QString(), u"+49 (0)30 / 123.45-6"_s} << QString();
    QTest::newRow("name with tab")
        << u"User\tName"_s << QString() << QString() << QStringList()
        << u"Name: control characters, invisible characters and line breaks are not "
           u"allowed"_s;
    QTest::newRow("name with line separator")
        << u"User\u2028Name"_s << QString() << QString() << QStringList()
        << u"Name: control characters, invisible characters and line breaks are not allowed"_s;
    QTest::newRow("name with direction override")
        << u"Agent\u202eemanresu"_s << QString() << QString() << QStringList()
        << u"Name: control characters, invisible characters and line breaks are not allowed"_s;
    QTest::newRow("email with zero-width space")
        << QString() << u"us\u200ber@example.com"_s << QString() << QStringList()
        << u"Email: control characters, invisible characters and line breaks are not allowed"_s;
    QTest::newRow("name with zero-width non-joiner")
        << u"\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"_s << QString() << QString()
        << QStringList{u"\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"_s, QString(), QString()}
        << QString();
    QTest::newRow("emoji count once")
        << QString(u"\U0001F600"_s).repeated(100) << QString() << QString()
        << QStringList{QString(u"\U0001F600"_s).repeated(100), QString(), QString()} << QString();
    const QString refusedName =
        u"Name: control characters, invisible characters and line breaks are not allowed"_s;
    QTest::newRow("name with tag characters")
        << u"Agent\U000E0001\U000E0041"_s << QString() << QString() << QStringList() << refusedName;
    QTest::newRow("name with musical format character")
        << u"Agent\U0001D173"_s << QString() << QString() << QStringList() << refusedName;
    QTest::newRow("email with tag character")
        << QString() << u"user\U000E0041@example.com"_s << QString() << QStringList()
        << u"Email: control characters, invisible characters and line breaks are not allowed"_s;
    QTest::newRow("name with lone high surrogate")
        << u"Agent"_s + QChar(0xD83D) << QString() << QString() << QStringList() << refusedName;
    QTest::newRow("name with lone low surrogate")
        << QChar(0xDE00) + u"Agent"_s << QString() << QString() << QStringList() << refusedName;
    QTest::newRow("name with Hangul filler")
        << u"\u3164"_s << QString() << QString() << QStringList() << refusedName;
    QTest::newRow("name with Hangul choseong filler")
        << u"Agent\u115f"_s << QString() << QString() << QStringList() << refusedName;
    QTest::newRow("name with halfwidth Hangul filler")
        << u"Agent\uffa0"_s << QString() << QString() << QStringList() << refusedName;
    QTest::newRow("Hangul name") << u"\uae40\ubbfc\uc218"_s << QString() << QString()
                                 << QStringList{u"\uae40\ubbfc\uc218"_s, QString(), QString()}
                                 << QString();
    const QString flags = QString(u"\U0001F1E9\U0001F1EA"_s).repeated(100);
    QTest::newRow("flags count once")
        << flags << QString() << QString() << QStringList{flags, QString(), QString()} << QString();
    const QString thumbs = QString(u"\U0001F44D\U0001F3FD"_s).repeated(100);
    QTest::newRow("skin-toned emoji count once")
        << thumbs << QString() << QString() << QStringList{thumbs, QString(), QString()}
        << QString();
    QTest::newRow("accents count with their letter")
        << QString(u"e\u0301\u0302"_s).repeated(100) << QString() << QString()
        << QStringList{QString(u"\u00e9\u0302"_s).repeated(100), QString(), QString()} << QString();
    QTest::newRow("101 flags") << QString(u"\U0001F1E9\U0001F1EA"_s).repeated(101) << QString()
                               << QString() << QStringList() << u"Name: at most 100 characters"_s;
    QTest::newRow("one character of a thousand marks")
        << u"a"_s + QString(1000, QChar(0x0301)) << QString() << QString() << QStringList()
        << u"Name: at most 100 characters"_s;
    QTest::newRow("name too long") << QString(101, u'n') << QString() << QString() << QStringList()
                                   << u"Name: at most 100 characters"_s;
    QTest::newRow("email without at")
        << QString() << u"user.example.com"_s << QString() << QStringList()
        << u"Email: needs one @ with text on both sides"_s;
    QTest::newRow("email with two ats") << QString() << u"a@b@c"_s << QString() << QStringList()
                                        << u"Email: needs one @ with text on both sides"_s;
    QTest::newRow("email at the start")
        << QString() << u"@example.com"_s << QString() << QStringList()
        << u"Email: needs one @ with text on both sides"_s;
    QTest::newRow("email at the end") << QString() << u"user@"_s << QString() << QStringList()
                                      << u"Email: needs one @ with text on both sides"_s;
    QTest::newRow("email with space") << QString() << u"us er@example.com"_s << QString()
                                      << QStringList() << u"Email: spaces are not allowed"_s;
    QTest::newRow("email with newline")
        << QString() << u"user@example.com\nBcc: x"_s << QString() << QStringList()
        << u"Email: control characters, invisible characters and line breaks are not allowed"_s;
    QTest::newRow("email too long") << QString() << QString(250, u'e') + u"@x.yz"_s << QString()
                                    << QStringList() << u"Email: at most 254 characters"_s;
    QTest::newRow("phone with letters") << QString() << QString() << u"call me"_s << QStringList()
                                        << u"Phone: only digits, spaces and + ( ) - . / are "
                                           u"allowed"_s;
    QTest::newRow("phone with ampersand")
        << QString() << QString() << u"123&idpid=1"_s << QStringList()
        << u"Phone: only digits, spaces and + ( ) - . / are "
           u"allowed"_s;
    QTest::newRow("phone too long") << QString() << QString() << QString(33, u'1') << QStringList()
                                    << u"Phone: at most 32 characters"_s;
}

void TestValues::identity()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QStringList, expected);
    QFETCH(QString, message);
    const auto parsed = Identity::parse(name, email, phone);
    if (message.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem().message()));
        QCOMPARE((QStringList{parsed->name(), parsed->email(), parsed->phone()}), expected);
    } else {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.problem().message(), message);
    }
}

void TestValues::selector_data()
{
    QTest::addColumn<AccountSelector::Kind>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    using Kind = AccountSelector::Kind;

    QTest::newRow("none") << Kind::None << u"ignored"_s << QString() << QString();
    QTest::newRow("group id") << Kind::GroupId << u" 12345 "_s << u"12345"_s << QString();
    QTest::newRow("group id not digits")
        << Kind::GroupId << u"12a45"_s << QString() << u"Group ID: digits only, such as 12345"_s;
    QTest::newRow("group id injection") << Kind::GroupId << u"1&SessionKey=2"_s << QString()
                                        << u"Group ID: digits only, such as 12345"_s;
    QTest::newRow("group id too long")
        << Kind::GroupId << u"1234567890123"_s << QString() << u"Group ID: at most 12 digits"_s;
    QTest::newRow("group id empty") << Kind::GroupId << u"  "_s << QString()
                                    << u"Group ID: enter a value, or choose no account selector"_s;
    QTest::newRow("group name") << Kind::GroupName << u"Acme Support & Co"_s
                                << u"Acme Support & Co"_s << QString();
    QTest::newRow("group name with newline")
        << Kind::GroupName << u"Acme\nSupport"_s << QString()
        << u"Group name: control characters, invisible characters and line breaks are not "
           u"allowed"_s;
    QTest::newRow("token") << Kind::AccountToken << u"00D5g000004ABCD"_s << u"00D5g000004ABCD"_s
                           << QString();
    QTest::newRow("group name with tag character")
        << Kind::GroupName << u"Acme\U000E0041"_s << QString()
        << u"Group name: control characters, invisible characters and line breaks are not "
           u"allowed"_s;
    QTest::newRow("token of 128 flags")
        << Kind::AccountToken << QString(u"\U0001F1E9\U0001F1EA"_s).repeated(128)
        << QString(u"\U0001F1E9\U0001F1EA"_s).repeated(128) << QString();
    QTest::newRow("token too long") << Kind::AccountToken << QString(129, u't') << QString()
                                    << u"Account token: at most 128 characters"_s;
    QTest::newRow("glance address") << Kind::GlanceAddress << u"Agnes.Acme.glance.net"_s
                                    << u"agnes.acme.glance.net"_s << QString();
    QTest::newRow("glance address one label")
        << Kind::GlanceAddress << u"agnes"_s << QString()
        << u"Glance address: a DNS-style name such as agnes.acme.glance.net: letters, digits "
           u"and '-' in parts joined by dots"_s;
    QTest::newRow("glance address with at")
        << Kind::GlanceAddress << u"agnes@acme.glance.net"_s << QString()
        << u"Glance address: a DNS-style name such as agnes.acme.glance.net: letters, digits "
           u"and '-' in parts joined by dots"_s;
    QTest::newRow("glance address empty label")
        << Kind::GlanceAddress << u"agnes..glance.net"_s << QString()
        << u"Glance address: a DNS-style name such as agnes.acme.glance.net: letters, digits "
           u"and '-' in parts joined by dots"_s;
    QTest::newRow("glance address dash at end")
        << Kind::GlanceAddress << u"agnes-.glance.net"_s << QString()
        << u"Glance address: a DNS-style name such as agnes.acme.glance.net: letters, digits "
           u"and '-' in parts joined by dots"_s;
}

void TestValues::selector()
{
    QFETCH(AccountSelector::Kind, kind);
    QFETCH(QString, typed);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const auto parsed = AccountSelector::parse(kind, typed);
    if (message.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem().message()));
        QCOMPARE(parsed->kind(), kind);
        QCOMPARE(parsed->value(), value);
    } else {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.problem().field(), AccountSelector::fieldOf(kind));
        QCOMPARE(parsed.problem().message(), message);
    }
}

void TestValues::selectorKeys()
{
    using Kind = AccountSelector::Kind;
    const QList<std::pair<Kind, QString>> keys = {{Kind::None, u"none"_s},
                                                  {Kind::GroupId, u"idpid"_s},
                                                  {Kind::GroupName, u"idpname"_s},
                                                  {Kind::AccountToken, u"idptoken"_s},
                                                  {Kind::GlanceAddress, u"idpusername"_s}};
    for (const auto &[kind, key] : keys) {
        QCOMPARE(AccountSelector::keyOf(kind), key);
        QCOMPARE(AccountSelector::kindOf(key), kind);
        QCOMPARE(AccountSelector::kindOf(key.toUpper()), kind);
    }
    QCOMPARE(AccountSelector::kindOf(u"idp"), std::nullopt);
}

void TestValues::server_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("message");

    const QString scheme = u"Server: must start with https:// (http:// only for this computer: "
                           u"localhost, 127.0.0.1 or [::1])"_s;
    const QString onlyOrigin =
        u"Server: only the scheme, host and port: no path, query or fragment"_s;
    QTest::newRow("empty is the default") << u""_s << u"https://www.glance.net"_s << QString();
    QTest::newRow("default") << u"https://www.glance.net"_s << u"https://www.glance.net"_s
                             << QString();
    QTest::newRow("beta") << u"https://beta.glance.net"_s << u"https://beta.glance.net"_s
                          << QString();
    QTest::newRow("staging, trailing slash, upper case")
        << u" HTTPS://WWW.MyGlance.net/ "_s << u"https://www.myglance.net"_s << QString();
    QTest::newRow("port") << u"https://glance.example:8443"_s << u"https://glance.example:8443"_s
                          << QString();
    QTest::newRow("default port dropped")
        << u"https://www.glance.net:443"_s << u"https://www.glance.net"_s << QString();
    QTest::newRow("http localhost")
        << u"http://localhost:8080"_s << u"http://localhost:8080"_s << QString();
    QTest::newRow("http loopback")
        << u"http://127.0.0.1:5000"_s << u"http://127.0.0.1:5000"_s << QString();
    QTest::newRow("http loopback ipv6")
        << u"http://[::1]:5000"_s << u"http://[::1]:5000"_s << QString();
    QTest::newRow("http elsewhere") << u"http://www.glance.net"_s << QString() << scheme;
    QTest::newRow("http 127 lookalike")
        << u"http://127.0.0.1.evil.example"_s << QString() << scheme;
    QTest::newRow("no scheme") << u"www.glance.net"_s << QString() << scheme;
    QTest::newRow("other scheme") << u"ftp://www.glance.net"_s << QString() << scheme;
    QTest::newRow("javascript") << u"javascript://alert(1)"_s << QString() << scheme;
    QTest::newRow("path") << u"https://www.glance.net/agentjoin"_s << QString() << onlyOrigin;
    QTest::newRow("query") << u"https://www.glance.net?idpid=1"_s << QString() << onlyOrigin;
    QTest::newRow("fragment") << u"https://www.glance.net#x"_s << QString() << onlyOrigin;
    QTest::newRow("user info") << u"https://user:pw@www.glance.net"_s << QString()
                               << u"Server: no user name or password"_s;
    QTest::newRow("bad port") << u"https://www.glance.net:99999"_s << QString()
                              << u"Server: the port must be 1 to 65535"_s;
    QTest::newRow("empty port") << u"https://www.glance.net:"_s << QString()
                                << u"Server: the port must be 1 to 65535"_s;
    QTest::newRow("no host") << u"https://"_s << QString()
                             << u"Server: needs a host name such as www.glance.net"_s;
    QTest::newRow("underscore host") << u"https://a_b.glance.net"_s << QString()
                                     << u"Server: needs a host name such as www.glance.net"_s;
    const QString noHost = u"Server: needs a host name such as www.glance.net"_s;
    QTest::newRow("ipv6 https") << u"https://[2001:DB8::1]:8443"_s
                                << u"https://[2001:db8::1]:8443"_s << QString();
    QTest::newRow("ipv6 with ipv4")
        << u"https://[::ffff:192.0.2.1]"_s << u"https://[::ffff:192.0.2.1]"_s << QString();
    QTest::newRow("ipv6 full") << u"https://[1:2:3:4:5:6:7:8]"_s << u"https://[1:2:3:4:5:6:7:8]"_s
                               << QString();
    // Written as QUrl writes it, in RFC 5952 form. Found by fuzz_stu_roundtrip.
    QTest::newRow("ipv6 zero group compressed")
        << u"https://[2001:db8::0]"_s << u"https://[2001:db8::]"_s << QString();
    QTest::newRow("ipv6 leading zeros")
        << u"https://[2001:0DB8:0000::0001]:8443"_s << u"https://[2001:db8::1]:8443"_s << QString();
    QTest::newRow("ipv6 all groups")
        << u"https://[2001:db8:0:0:0:0:2:1]"_s << u"https://[2001:db8::2:1]"_s << QString();
    QTest::newRow("ipv6 longest run of zeros")
        << u"https://[2001:0:0:1:0:0:0:1]"_s << u"https://[2001:0:0:1::1]"_s << QString();
    QTest::newRow("http loopback ipv6, long form")
        << u"http://[0:0::1]"_s << u"http://[::1]"_s << QString();
    QTest::newRow("http loopback ipv6, all groups")
        << u"http://[0:0:0:0:0:0:0:1]:5000"_s << u"http://[::1]:5000"_s << QString();
    QTest::newRow("ipv6 arabic digit") << u"https://[::١]"_s << QString() << noHost;
    QTest::newRow("ipv6 fullwidth digit") << u"https://[::１]"_s << QString() << noHost;
    QTest::newRow("ipv6 two compressions") << u"https://[1::2::3]"_s << QString() << noHost;
    QTest::newRow("ipv6 colons") << u"https://[:::::::::]"_s << QString() << noHost;
    QTest::newRow("ipv6 short ipv4") << u"https://[::1.2]"_s << QString() << noHost;
    QTest::newRow("ipv6 nine groups") << u"https://[1:2:3:4:5:6:7:8:9]"_s << QString() << noHost;
    QTest::newRow("ipv6 zone") << u"https://[fe80::1%25eth0]"_s << QString() << noHost;
    QTest::newRow("ipv4") << u"https://192.0.2.10"_s << u"https://192.0.2.10"_s << QString();
    QTest::newRow("ipv4 out of range") << u"https://999.999.999.999"_s << QString() << noHost;
    QTest::newRow("number") << u"https://1"_s << QString() << noHost;
    QTest::newRow("ipv4 leading zeros") << u"http://127.000.000.001"_s << QString() << noHost;
    // Browsers and QUrl read these as IPv4 addresses (0.0.0.8, 127.0.0.1) or refuse them. Found
    // by fuzz_stu_roundtrip.
    QTest::newRow("hex number") << u"https://0x08"_s << QString() << noHost;
    QTest::newRow("hex ipv4") << u"https://0X7F.1"_s << QString() << noHost;
    QTest::newRow("hex last part") << u"https://glance.0x1f"_s << QString() << noHost;
    QTest::newRow("hex prefix alone") << u"https://glance.0x"_s << QString() << noHost;
    QTest::newRow("hex-like name")
        << u"https://0xcafe.example"_s << u"https://0xcafe.example"_s << QString();
    QTest::newRow("not hex") << u"https://www.0xg"_s << u"https://www.0xg"_s << QString();
    QTest::newRow("trailing dot") << u"https://www.glance.net."_s << QString() << noHost;
    QTest::newRow("international host")
        << u"https://Bücher.example"_s << u"https://xn--bcher-kva.example"_s << QString();
    QTest::newRow("fullwidth letters")
        << u"https://ｗｗｗ.glance.net"_s << u"https://www.glance.net"_s << QString();
    QTest::newRow("space") << u"https://www glance.net"_s << QString()
                           << u"Server: spaces and control characters are not allowed"_s;
}

void TestValues::server()
{
    QFETCH(QString, typed);
    QFETCH(QString, origin);
    QFETCH(QString, message);
    const auto parsed = Server::parse(typed);
    if (message.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem().message()));
        QCOMPARE(parsed->origin(), origin);
    } else {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.problem().message(), message);
    }
}

void TestValues::joinMode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");

    QTest::newRow("unset") << QString() << QString() << true;
    QTest::newRow("default") << u"default"_s << QString() << true;
    QTest::newRow("universal") << u"universaljoin"_s << u"universaljoin"_s << true;
    QTest::newRow("chat, any case") << u"ChatInvitation"_s << u"chatinvitation"_s << true;
    QTest::newRow("sms") << u" smsinvitation "_s << u"smsinvitation"_s << true;
    QTest::newRow("unknown") << u"video"_s << QString() << false;
    QTest::newRow("injection") << u"universaljoin&idpid=1"_s << QString() << false;
}

void TestValues::joinMode()
{
    QFETCH(QString, typed);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const auto parsed = parseJoinMode(typed);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(joinModeValue(*parsed), value);
    } else {
        QCOMPARE(parsed.problem().message(),
                 u"Join page mode: one of universaljoin, chatinvitation or smsinvitation"_s);
    }
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
