#include "app/front/commandline.h"

#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(glance::Request::Action)

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actions_data();
    void actions();
    void overrides();
    void valuesArriveUnchanged();
    void refused_data();
    void refused();
    void helpAndVersion();
};

void TestCommandLine::actions_data()
{
    using Action = Request::Action;
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("print");

    QTest::newRow("bare") << QStringList() << Action::Start << QString() << false;
    QTest::newRow("positional key") << QStringList{u"1234"_s} << Action::Join << u"1234"_s << false;
    QTest::newRow("positional link")
        << QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=9"_s}
        << Action::Join << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=9"_s
        << false;
    QTest::newRow("join") << QStringList{u"--join"_s, u"12 34"_s} << Action::Join << u"12 34"_s
                          << false;
    QTest::newRow("join equals") << QStringList{u"--join=5678"_s} << Action::Join << u"5678"_s
                                 << false;
    QTest::newRow("single dash") << QStringList{u"-join"_s, u"5678"_s} << Action::Join << u"5678"_s
                                 << false;
    QTest::newRow("agent join") << QStringList{u"--agent-join"_s} << Action::OpenJoinPage
                                << QString() << false;
    QTest::newRow("account summary")
        << QStringList{u"--account-summary"_s} << Action::AccountSummary << QString() << false;
    QTest::newRow("login key") << QStringList{u"--login-key"_s} << Action::LoginKey << QString()
                               << false;
    QTest::newRow("sso test") << QStringList{u"--sso-test"_s} << Action::SsoTroubleshooting
                              << QString() << false;
    QTest::newRow("dialog") << QStringList{u"--dialog"_s} << Action::ShowDialog << QString()
                            << false;
    QTest::newRow("settings") << QStringList{u"--settings"_s} << Action::ShowSettings << QString()
                              << false;
    QTest::newRow("print join") << QStringList{u"--print"_s, u"--join"_s, u"1"_s} << Action::Join
                                << u"1"_s << true;
    QTest::newRow("print positional after")
        << QStringList{u"1"_s, u"--print"_s} << Action::Join << u"1"_s << true;
    QTest::newRow("key after --") << QStringList{u"--"_s, u"-12"_s} << Action::Join << u"-12"_s
                                  << false;
}

void TestCommandLine::actions()
{
    QFETCH(QStringList, arguments);
    QFETCH(Request::Action, action);
    QFETCH(QString, key);
    QFETCH(bool, print);
    const auto commandLine = CommandLine::parse(QStringList{u"glance-launcher"_s} + arguments);
    QCOMPARE(commandLine.outcome(), CommandLine::Outcome::Run);
    QCOMPARE(commandLine.request().action, action);
    QCOMPARE(commandLine.request().sessionKey, key);
    QCOMPARE(commandLine.printOnly(), print);
    QVERIFY(commandLine.request().overrides.isEmpty());
}

void TestCommandLine::overrides()
{
    const auto commandLine = CommandLine::parse(
        {u"glance-launcher"_s, u"--agent-join"_s, u"--name"_s, u"User Name"_s, u"--email"_s,
         u"a+b@example.com"_s, u"--phone"_s, u"(111)222-3333"_s, u"--idpusername"_s,
         u"agnes.acme.glance.net"_s, u"--same-window"_s, u"--mode"_s, u"smsinvitation"_s,
         u"--server"_s, u"https://beta.glance.net"_s});
    QCOMPARE(commandLine.outcome(), CommandLine::Outcome::Run);
    const Overrides &overrides = commandLine.request().overrides;
    QCOMPARE(overrides.name, u"User Name"_s);
    QCOMPARE(overrides.email, u"a+b@example.com"_s);
    QCOMPARE(overrides.phone, u"(111)222-3333"_s);
    QCOMPARE(overrides.selector, std::make_pair(u"idpusername"_s, u"agnes.acme.glance.net"_s));
    QCOMPARE(overrides.viewerSameWindow, true);
    QCOMPARE(overrides.mode, u"smsinvitation"_s);
    QCOMPARE(overrides.server, u"https://beta.glance.net"_s);

    SettingsValues saved;
    saved.name = u"Saved Name"_s;
    saved.selector = u"idpid"_s;
    saved.selectorValue = u"1"_s;
    const SettingsValues applied = overrides.appliedTo(saved);
    QCOMPARE(applied.name, u"User Name"_s);
    QCOMPARE(applied.selector, u"idpusername"_s);
    QCOMPARE(applied.selectorValue, u"agnes.acme.glance.net"_s);
    QCOMPARE(applied.viewerSameWindow, u"true"_s);
}

void TestCommandLine::valuesArriveUnchanged()
{
    const QString awkward = u"  A&B=C #D %E +F Zoë  "_s;
    const auto commandLine =
        CommandLine::parse({u"glance-launcher"_s, u"--join"_s, awkward, u"--name"_s, awkward});
    QCOMPARE(commandLine.request().sessionKey, awkward);
    QCOMPARE(commandLine.request().overrides.name, awkward);
}

void TestCommandLine::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown option")
        << QStringList{u"--frobnicate"_s} << u"Command line: Unknown option 'frobnicate'."_s;
    QTest::newRow("missing value")
        << QStringList{u"--join"_s} << u"Command line: Missing value after '--join'."_s;
    QTest::newRow("two keys") << QStringList{u"12"_s, u"34"_s}
                              << u"Command line: give one session key or link, not 2 (put "
                                 u"quotes around a key with spaces)"_s;
    QTest::newRow("two actions") << QStringList{u"--join"_s, u"1"_s, u"--login-key"_s}
                                 << u"Command line: choose one of --join, --login-key"_s;
    QTest::newRow("key and action") << QStringList{u"1"_s, u"--dialog"_s}
                                    << u"Command line: choose one of the session key 1, --dialog"_s;
    QTest::newRow("two selectors")
        << QStringList{u"--agent-join"_s, u"--idpid"_s, u"1"_s, u"--idpname"_s, u"x"_s}
        << u"Command line: give at most one of --idpid, --idpname, --idptoken and "
           u"--idpusername"_s;
    QTest::newRow("join twice") << QStringList{u"--join"_s, u"1"_s, u"--join"_s, u"2"_s}
                                << u"Command line: --join is given 2 times"_s;
    QTest::newRow("idpid twice") << QStringList{u"--agent-join"_s, u"--idpid"_s, u"1"_s,
                                                u"--idpid=2"_s}
                                 << u"Command line: --idpid is given 2 times"_s;
    QTest::newRow("print twice") << QStringList{u"--print"_s, u"--join"_s, u"1234"_s, u"--print"_s}
                                 << u"Command line: --print is given 2 times"_s;
    QTest::newRow("same window twice")
        << QStringList{u"--agent-join"_s, u"--same-window"_s, u"-same-window"_s}
        << u"Command line: --same-window is given 2 times"_s;
    QTest::newRow("action three times")
        << QStringList{u"--login-key"_s, u"--login-key"_s, u"--login-key"_s}
        << u"Command line: --login-key is given 3 times"_s;
    QTest::newRow("quit twice") << QStringList{u"--quit"_s, u"--quit"_s}
                                << u"Command line: --quit is given 2 times"_s;
    QTest::newRow("value forgotten")
        << QStringList{u"--name"_s, u"--print"_s, u"1234"_s}
        << u"Command line: --name is missing its value (it took --print)"_s;
    QTest::newRow("print without link")
        << QStringList{u"--print"_s}
        << u"Command line: --print needs a link to print: a session key, --join, --agent-join, "
           u"--account-summary, --login-key or --sso-test"_s;
    QTest::newRow("print the dialog")
        << QStringList{u"--print"_s, u"--dialog"_s}
        << u"Command line: --print needs a link to print: a session key, --join, --agent-join, "
           u"--account-summary, --login-key or --sso-test"_s;
    QTest::newRow("override without link")
        << QStringList{u"--name"_s, u"X"_s}
        << u"Command line: --name only applies to a link: add a session key, --join, "
           u"--agent-join, --account-summary, --login-key or --sso-test"_s;
}

void TestCommandLine::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto commandLine = CommandLine::parse(QStringList{u"glance-launcher"_s} + arguments);
    QCOMPARE(commandLine.outcome(), CommandLine::Outcome::Refused);
    QCOMPARE(commandLine.problem().field(), Field::CommandLine);
    QCOMPARE(commandLine.problem().message(), message);
}

void TestCommandLine::helpAndVersion()
{
    const auto help = CommandLine::parse({u"glance-launcher"_s, u"--help"_s});
    QCOMPARE(help.outcome(), CommandLine::Outcome::ShowHelp);
    for (const char *option :
         {"--join", "--agent-join", "--account-summary", "--login-key", "--sso-test", "--dialog",
          "--settings", "--print", "--name", "--email", "--phone", "--idpid", "--idpname",
          "--idptoken", "--idpusername", "--same-window", "--mode", "--server"}) {
        QVERIFY2(help.text().contains(QLatin1String(option)), option);
    }
    QCOMPARE(CommandLine::parse({u"glance-launcher"_s, u"--version"_s}).outcome(),
             CommandLine::Outcome::ShowVersion);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
