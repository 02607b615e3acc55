#include "core/stu.h"

#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(glance::StuKind)

namespace {

// Parts from typed text, each checked by its own rules; the test fails on a refusal.
StuParts partsOf(const QString &server, const QString &selectorKey, const QString &selectorValue,
                 const QString &key, const QStringList &identity = {}, bool sameWindow = false,
                 const QString &mode = {})
{
    StuParts parts;
    parts.server = *Server::parse(server);
    parts.selector = *AccountSelector::parse(*AccountSelector::kindOf(selectorKey), selectorValue);
    if (!key.isEmpty()) {
        parts.sessionKey = *SessionKey::parse(key);
    }
    const QStringList who = identity.isEmpty() ? QStringList{{}, {}, {}} : identity;
    parts.identity = *Identity::parse(who.at(0), who.at(1), who.at(2));
    parts.joinOptions.viewerSameWindow = sameWindow;
    parts.joinOptions.mode = *parseJoinMode(mode);
    return parts;
}

} // namespace

class TestStu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data();
    void build();
    void buildThenParseGivesTheSameStu_data() { build_data(); }
    void buildThenParseGivesTheSameStu();
    void accountPagesNeedASelector_data();
    void accountPagesNeedASelector();
    void viewerNeedsAKey();
    void valuesCannotChangeParameters();
    void parse_data();
    void parse();
};

void TestStu::build_data()
{
    QTest::addColumn<StuKind>("kind");
    QTest::addColumn<StuParts>("parts");
    QTest::addColumn<QString>("link");
    const QString glance = u"https://www.glance.net"_s;
    const QStringList user = {u"User Name"_s, u"user@example.com"_s, u"(111)222-3333"_s};

    // Every STU of the reference, with and without the account selector.
    QTest::newRow("join page") << StuKind::JoinPage << partsOf({}, u"none"_s, {}, {})
                               << glance + u"/agentjoin/AgentJoin.aspx"_s;
    QTest::newRow("viewer") << StuKind::Viewer << partsOf({}, u"none"_s, {}, u"1234"_s)
                            << glance + u"/agentjoin/AgentView.aspx?SessionKey=1234"_s;
    QTest::newRow("sso join page") << StuKind::JoinPage << partsOf({}, u"idpid"_s, u"1"_s, {})
                                   << glance + u"/agentjoin/AgentJoin.aspx?idpid=1"_s;
    QTest::newRow("sso viewer") << StuKind::Viewer << partsOf({}, u"idpid"_s, u"12345"_s, u"1234"_s)
                                << glance +
                                       u"/agentjoin/AgentView.aspx?idpid=12345&SessionKey=1234"_s;
    QTest::newRow("account summary")
        << StuKind::AccountSummary << partsOf({}, u"idpid"_s, u"12345"_s, {})
        << glance + u"/account/GetLoginKey.aspx?sso=1&idpid=12345&redirect=/account/"
                    u"AccountSummary.aspx"_s;
    QTest::newRow("login key") << StuKind::LoginKey << partsOf({}, u"idpid"_s, u"12345"_s, {})
                               << glance + u"/account/GetLoginKey.aspx?sso=1&idpid=12345"_s;
    QTest::newRow("sso troubleshooting")
        << StuKind::SsoTroubleshooting << partsOf({}, u"idpid"_s, u"12345"_s, {})
        << glance + u"/account/GetLoginKey.aspx?sso=1&test=11&idpid=12345"_s;

    // Each selector takes the place of idpid.
    QTest::newRow("idpname viewer")
        << StuKind::Viewer << partsOf({}, u"idpname"_s, u"Acme Support"_s, u"1234"_s)
        << glance + u"/agentjoin/AgentView.aspx?idpname=Acme+Support&SessionKey=1234"_s;
    QTest::newRow("idptoken login key")
        << StuKind::LoginKey << partsOf({}, u"idptoken"_s, u"00D5g000004ABCD"_s, {})
        << glance + u"/account/GetLoginKey.aspx?sso=1&idptoken=00D5g000004ABCD"_s;
    QTest::newRow("idpusername troubleshooting")
        << StuKind::SsoTroubleshooting
        << partsOf({}, u"idpusername"_s, u"agnes.acme.glance.net"_s, {})
        << glance + u"/account/GetLoginKey.aspx?sso=1&test=11&idpusername=agnes.acme.glance.net"_s;
    QTest::newRow("idpname account summary")
        << StuKind::AccountSummary << partsOf({}, u"idpname"_s, u"A&B=C"_s, {})
        << glance + u"/account/GetLoginKey.aspx?sso=1&idpname=A%26B%3DC&redirect=/account/"
                    u"AccountSummary.aspx"_s;

    // Identity and join-page options, in the canonical order.
    QTest::newRow("viewer with identity")
        << StuKind::Viewer << partsOf({}, u"none"_s, {}, u"1234"_s, user)
        << glance + u"/agentjoin/AgentView.aspx?SessionKey=1234&name=User+Name&email=user@"
                    u"example.com&phone=(111)222-3333"_s;
    QTest::newRow("everything on the join page")
        << StuKind::JoinPage
        << partsOf({}, u"idpid"_s, u"12345"_s, {}, user, true, u"chatinvitation"_s)
        << glance + u"/agentjoin/AgentJoin.aspx?idpid=12345&name=User+Name&email=user@example."
                    u"com&phone=(111)222-3333&viewersamewindow=1&mode=chatinvitation"_s;
    QTest::newRow("join options left off the viewer")
        << StuKind::Viewer
        << partsOf({}, u"idpid"_s, u"12345"_s, u"1234"_s, {}, true, u"universaljoin"_s)
        << glance + u"/agentjoin/AgentView.aspx?idpid=12345&SessionKey=1234"_s;
    QTest::newRow("identity left off account pages")
        << StuKind::LoginKey << partsOf({}, u"idpid"_s, u"12345"_s, {}, user)
        << glance + u"/account/GetLoginKey.aspx?sso=1&idpid=12345"_s;
    QTest::newRow("only the email")
        << StuKind::JoinPage
        << partsOf({}, u"none"_s, {}, {}, {QString(), u"a+b@example.com"_s, QString()})
        << glance + u"/agentjoin/AgentJoin.aspx?email=a%2Bb@example.com"_s;
    QTest::newRow("non-ascii name")
        << StuKind::Viewer
        << partsOf({}, u"none"_s, {}, u"1234"_s, {u"José Müller"_s, QString(), QString()})
        << glance + u"/agentjoin/AgentView.aspx?SessionKey=1234&name=Jos%C3%A9+M%C3%BCller"_s;
    QTest::newRow("same window only")
        << StuKind::JoinPage << partsOf({}, u"none"_s, {}, {}, {}, true)
        << glance + u"/agentjoin/AgentJoin.aspx?viewersamewindow=1"_s;
    QTest::newRow("mode only") << StuKind::JoinPage
                               << partsOf({}, u"none"_s, {}, {}, {}, false, u"smsinvitation"_s)
                               << glance + u"/agentjoin/AgentJoin.aspx?mode=smsinvitation"_s;

    // Other servers.
    QTest::newRow("beta") << StuKind::Viewer
                          << partsOf(u"https://beta.glance.net"_s, u"none"_s, {}, u"1234"_s)
                          << u"https://beta.glance.net/agentjoin/AgentView.aspx?SessionKey=1234"_s;
    QTest::newRow("loopback") << StuKind::JoinPage
                              << partsOf(u"http://127.0.0.1:8080"_s, u"none"_s, {}, {})
                              << u"http://127.0.0.1:8080/agentjoin/AgentJoin.aspx"_s;
}

void TestStu::build()
{
    QFETCH(StuKind, kind);
    QFETCH(StuParts, parts);
    QFETCH(QString, link);
    const auto stu = Stu::make(kind, parts);
    QVERIFY2(stu.ok(), qPrintable(stu.problem().message()));
    QCOMPARE(stu->toString(), link);
    // What reaches the opener is the same text.
    QCOMPARE(QString::fromLatin1(stu->toUrl().toEncoded()), link);
}

void TestStu::buildThenParseGivesTheSameStu()
{
    QFETCH(StuKind, kind);
    QFETCH(StuParts, parts);
    const auto stu = Stu::make(kind, parts);
    QVERIFY(stu.ok());
    const auto parsed = Stu::parse(stu->toString());
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem().message()));
    QCOMPARE(parsed->kind(), kind);
    QVERIFY(*parsed == *stu);
    QCOMPARE(parsed->toString(), stu->toString());
}

void TestStu::accountPagesNeedASelector_data()
{
    QTest::addColumn<StuKind>("kind");
    QTest::newRow("account summary") << StuKind::AccountSummary;
    QTest::newRow("login key") << StuKind::LoginKey;
    QTest::newRow("sso troubleshooting") << StuKind::SsoTroubleshooting;
}

void TestStu::accountPagesNeedASelector()
{
    QFETCH(StuKind, kind);
    const auto stu = Stu::make(kind, partsOf({}, u"none"_s, {}, {}));
    QVERIFY(!stu.ok());
    QCOMPARE(stu.problem().field(), Field::AccountSelector);
    QCOMPARE(stu.problem().message(),
             u"Account selector: the account pages need a Group ID, group name, account token or "
             u"Glance address"_s);
}

void TestStu::viewerNeedsAKey()
{
    const auto stu = Stu::make(StuKind::Viewer, partsOf({}, u"idpid"_s, u"1"_s, {}));
    QVERIFY(!stu.ok());
    QCOMPARE(stu.problem().field(), Field::SessionKey);
}

// Whatever an agent types into a free-text value travels inside that one parameter.
void TestStu::valuesCannotChangeParameters()
{
    const QString hostile = u"x&idpid=999&SessionKey=666#frag %26 + = ?"_s;
    const auto stu =
        Stu::make(StuKind::JoinPage, partsOf({}, u"idpname"_s, hostile, {}, {hostile, {}, {}}));
    QVERIFY(stu.ok());
    const QString link = stu->toString();
    QVERIFY(!link.contains(u'#'));
    QCOMPARE(link.count(u'&'), 1);
    QCOMPARE(link.count(u'='), 2);
    const auto parsed = Stu::parse(link);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->parts().selector.value(), hostile);
    QCOMPARE(parsed->parts().identity.name(), hostile);
}

void TestStu::parse_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("message");

    QTest::newRow("any case, VisitorId, extra parameter")
        << u"HTTPS://www.glance.net/AGENTJOIN/agentview.aspx?Wait=1&VISITORID=1234&IdPId=5"_s
        << u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=5&SessionKey=1234"_s
        << QString();
    QTest::newRow("out of order")
        << u"https://www.glance.net/account/GetLoginKey.aspx?redirect=/account/"
           u"AccountSummary.aspx&idpid=7&sso=1"_s
        << u"https://www.glance.net/account/GetLoginKey.aspx?sso=1&idpid=7&redirect=/account/"
           u"AccountSummary.aspx"_s
        << QString();
    QTest::newRow("encoded slash in redirect")
        << u"https://www.glance.net/account/GetLoginKey.aspx?sso=1&idpid=7&redirect=%2Faccount"
           u"%2FAccountSummary.aspx#top"_s
        << u"https://www.glance.net/account/GetLoginKey.aspx?sso=1&idpid=7&redirect=/account/"
           u"AccountSummary.aspx"_s
        << QString();
    QTest::newRow("two selectors")
        << u"https://www.glance.net/agentjoin/AgentJoin.aspx?idpid=1&idpname=x"_s << QString()
        << u"Account selector: a link holds at most one account selector"_s;
    QTest::newRow("key twice")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1&sessionkey=2"_s
        << QString() << u"the link has 'sessionkey' more than once"_s;
    QTest::newRow("login key without sso")
        << u"https://www.glance.net/account/GetLoginKey.aspx?idpid=1"_s << QString()
        << u"not a link to a Glance join page, viewer or account page"_s;
    QTest::newRow("other redirect")
        << u"https://www.glance.net/account/GetLoginKey.aspx?sso=1&idpid=1&redirect=https://"
           u"evil.example"_s
        << QString() << u"not a link to a Glance join page, viewer or account page"_s;
    QTest::newRow("other page") << u"https://www.glance.net/"_s << QString()
                                << u"not a link to a Glance join page, viewer or account page"_s;
    QTest::newRow("not a link") << u"1234"_s << QString()
                                << u"not a link to a Glance join page, viewer or account page"_s;
    QTest::newRow("bad key in link")
        << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=%26"_s << QString()
        << u"Session key: only letters, digits, '-', '_' and '.' are allowed, not '&'"_s;
    QTest::newRow("http elsewhere")
        << u"http://www.glance.net/agentjoin/AgentJoin.aspx"_s << QString()
        << u"Server: must start with https:// (http:// only for this computer: localhost, "
           u"127.0.0.1 or [::1])"_s;
}

void TestStu::parse()
{
    QFETCH(QString, link);
    QFETCH(QString, canonical);
    QFETCH(QString, message);
    const auto stu = Stu::parse(link);
    if (message.isEmpty()) {
        QVERIFY2(stu.ok(), qPrintable(stu.problem().message()));
        QCOMPARE(stu->toString(), canonical);
    } else {
        QVERIFY(!stu.ok());
        QCOMPARE(stu.problem().message(), message);
    }
}

QTEST_GUILESS_MAIN(TestStu)
#include "tst_stu.moc"
