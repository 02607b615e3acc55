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
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("email") << u"email"_s << u"nobody"_s
                           << u"Email: needs one @ with text on both sides"_s;
    QTest::newRow("selector") << u"selector"_s << u"idpcode"_s
                              << u"Account selector: one of none, idpid, idpname, idptoken or "
                                 u"idpusername"_s;
    QTest::newRow("selector value")
        << u"selectorValue"_s << u"12a"_s << u"Group ID: digits only, such as 12345"_s;
    QTest::newRow("same window") << u"viewerSameWindow"_s << u"maybe"_s
                                 << u"Settings: join/viewerSameWindow must be true or false"_s;
    QTest::newRow("mode") << u"mode"_s << u"video"_s
                          << u"Join page mode: one of universaljoin, chatinvitation or "
                             u"smsinvitation"_s;
    QTest::newRow("server") << u"server"_s << u"http://www.glance.net"_s
                            << u"Server: must start with https:// (http:// only for this "
                               u"computer: localhost, 127.0.0.1 or [::1])"_s;
}

void TestLinkContext::badStoredValuesAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
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
    }
    Request request;
    request.action = Request::Action::Join;
    request.sessionKey = u"1234"_s;
    const auto stu = stuFor(request, saved);
    QVERIFY(!stu.ok());
    QCOMPARE(stu.problem().message(), message);
}

QTEST_GUILESS_MAIN(TestLinkContext)
#include "tst_linkcontext.moc"
