#include "app/front/linkcontext.h"

#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(glance::Request::Action)

class TestLinkContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requests_data();
    void requests();
    void badStoredValuesAreRefused_data();
    void badStoredValuesAreRefused();
    void badStoredFlagsNameTheirFile();
    void badValuesOnlyBlockLinksThatCarryThem();
    void problemsNameTheCommandLineOption();
};

void TestLinkContext::requests_data()
{
    using Action = Request::Action;
    QTest::addColumn<SettingsValues>("saved");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Overrides>("overrides");
    QTest::addColumn<QString>("link");

    SettingsValues team;
    team.name = u"User Name"_s;
    team.selector = u"idpid"_s;
    team.selectorValue = u"12345"_s;
    team.mode = u"universaljoin"_s;
    team.viewerSameWindow = u"true"_s;

    QTest::newRow("join with settings")
        << team << Action::Join << u" 12 34\r\n"_s << Overrides()
        << u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&SessionKey=1234&name="
           u"User+Name"_s;
    QTest::newRow("join page with options")
        << team << Action::OpenJoinPage << QString() << Overrides()
        << u"https://www.glance.net/agentjoin/AgentJoin.aspx?idpid=12345&name=User+Name&"
           u"viewersamewindow=1&mode=universaljoin"_s;
    Overrides other;
    other.name = QString();
    other.selector = std::make_pair(u"idptoken"_s, u"tok"_s);
    other.server = u"http://127.0.0.1:8080"_s;
    QTest::newRow("overrides for one call")
        << team << Action::Join << u"99"_s << other
        << u"http://127.0.0.1:8080/agentjoin/AgentView.aspx?idptoken=tok&SessionKey=99"_s;
    QTest::newRow("account summary")
        << team << Action::AccountSummary << QString() << Overrides()
        << u"https://www.glance.net/account/GetLoginKey.aspx?sso=1&idpid=12345&redirect=/"
           u"account/AccountSummary.aspx"_s;
    QTest::newRow("pasted viewer link")
        << SettingsValues() << Action::Join
        << u"https://beta.glance.net/agentjoin/AgentView.aspx?SessionKey=4242&idpid=1"_s
        << Overrides() << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=4242"_s;
}

void TestLinkContext::requests()
{
    QFETCH(SettingsValues, saved);
    QFETCH(Request::Action, action);
    QFETCH(QString, key);
    QFETCH(Overrides, overrides);
    QFETCH(QString, link);
    Request request;
    request.action = action;
    request.sessionKey = key;
    request.overrides = overrides;
    const auto stu = stuFor(request, saved);
    QVERIFY2(stu.ok(), qPrintable(stu.problem().message()));
    QCOMPARE(stu->toString(), link);
}

void TestLinkContext::badStoredValuesAreRefused_data()
{
    using Action = Request::Action;
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("message");

    QTest::newRow("email") << u"email"_s << u"nobody"_s << Action::Join
                           << u"Email: needs one @ with text on both sides (identity/email in "
                              u"the settings)"_s;
    QTest::newRow("selector") << u"selector"_s << u"idpcode"_s << Action::LoginKey
                              << u"Account selector: one of none, idpid, idpname, idptoken or "
                                 u"idpusername (account/selector in the settings)"_s;
    QTest::newRow("selector value") << u"selectorValue"_s << u"12a"_s << Action::Join
                                    << u"Group ID: digits only, such as 12345 (account/value in "
                                       u"the settings)"_s;
    QTest::newRow("same window") << u"viewerSameWindow"_s << u"maybe"_s << Action::OpenJoinPage
                                 << u"Settings: join/viewerSameWindow must be true or false"_s;
    QTest::newRow("mode") << u"mode"_s << u"video"_s << Action::OpenJoinPage
                          << u"Join page mode: one of universaljoin, chatinvitation or "
                             u"smsinvitation (join/mode in the settings)"_s;
    QTest::newRow("server") << u"server"_s << u"http://www.glance.net"_s << Action::Join
                            << u"Server: must start with https:// (http:// only for this "
                               u"computer: localhost, 127.0.0.1 or [::1]) (service/server in the "
                               u"settings)"_s;
    QTest::newRow("unreadable") << u"unreadable"_s << u"identity/name"_s << Action::Join
                                << u"Settings: identity/name is not valid text: write it as UTF-8 "
                                   u"text, in double quotes if it holds a comma or a semicolon"_s;
}

namespace {

SettingsValues withBadValue(const QString &key, const QString &value)
{
    SettingsValues saved;
    saved.selector = u"idpid"_s;
    saved.selectorValue = u"1"_s;
    if (key == u"email") {
        saved.email = value;
    } else if (key == u"selector") {
        saved.selector = value;
    } else if (key == u"selectorValue") {
        saved.selectorValue = value;
    } else if (key == u"viewerSameWindow") {
        saved.viewerSameWindow = value;
    } else if (key == u"mode") {
        saved.mode = value;
    } else if (key == u"server") {
        saved.server = value;
    } else if (key == u"unreadable") {
        saved.unreadable << value;
    }
    return saved;
}

} // namespace

void TestLinkContext::badStoredValuesAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(Request::Action, action);
    QFETCH(QString, message);
    Request request;
    request.action = action;
    request.sessionKey = u"1234"_s;
    const auto stu = stuFor(request, withBadValue(key, value));
    QVERIFY(!stu.ok());
    QCOMPARE(stu.problem().message(), message);
}

void TestLinkContext::badStoredFlagsNameTheirFile()
{
    SettingsValues saved = withBadValue(u"viewerSameWindow"_s, u"maybe"_s);
    saved.origins.insert(u"join/viewerSameWindow"_s, u"/etc/xdg/glance-launcher.conf"_s);
    Request request;
    request.action = Request::Action::OpenJoinPage;
    const auto stu = stuFor(request, saved);
    QVERIFY(!stu.ok());
    QCOMPARE(stu.problem().message(), u"Settings: join/viewerSameWindow must be true or false (in "
                                      u"/etc/xdg/glance-launcher.conf)"_s);
}

// A bad join-page mode must not stop anyone joining a session, nor a bad email the account pages.
void TestLinkContext::badValuesOnlyBlockLinksThatCarryThem()
{
    Request join;
    join.action = Request::Action::Join;
    join.sessionKey = u"1234"_s;
    QVERIFY(stuFor(join, withBadValue(u"mode"_s, u"video"_s)).ok());
    QVERIFY(stuFor(join, withBadValue(u"viewerSameWindow"_s, u"maybe"_s)).ok());
    Request loginKey;
    loginKey.action = Request::Action::LoginKey;
    QVERIFY(stuFor(loginKey, withBadValue(u"email"_s, u"nobody"_s)).ok());
    QVERIFY(stuFor(loginKey, withBadValue(u"unreadable"_s, u"identity/name"_s)).ok());
    QVERIFY(!checkedSettings(withBadValue(u"mode"_s, u"video"_s)).ok());
}

void TestLinkContext::problemsNameTheCommandLineOption()
{
    Request join;
    join.action = Request::Action::Join;
    join.sessionKey = u"1234"_s;
    join.overrides.email = u"nobody"_s;
    const auto stu = stuFor(join, SettingsValues());
    QVERIFY(!stu.ok());
    QCOMPARE(stu.problem().message(),
             u"Email: needs one @ with text on both sides (given with --email)"_s);
}

QTEST_GUILESS_MAIN(TestLinkContext)
#include "tst_linkcontext.moc"
