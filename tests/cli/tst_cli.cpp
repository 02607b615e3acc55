#include "tests/support/bytes.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// The real executable, in real processes, with its own configuration folders.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void printsEveryReferenceLink_data();
    void printsEveryReferenceLink();
    void doneExample();
    void badInputExitsTwoWithOneLine_data();
    void badInputExitsTwoWithOneLine();
    void printNeedsNoDisplayAndNoGui();
    void systemWideDefaultsAndUserValues();
    void failingToOpenExitsOne();
    void noDisplayToOpenOnExitsOne();
    void helpAndVersion();
    void qtNeverReadsOurArguments();
    void argumentsMustBeUtf8();
    void errorsNeverEchoControlCharacters();
    void unwritableOutputIsAFailure();
    void settingsThatCannotBeReadAreRefused_data();
    void settingsThatCannotBeReadAreRefused();
    void lockedSettingsCannotBeOverridden();
    void brokenSystemFileIsRefused_data();
    void brokenSystemFileIsRefused();
    void filesAsPeopleWriteThemAreRead_data();
    void filesAsPeopleWriteThemAreRead();
    void typedValuesAreRefused_data();
    void typedValuesAreRefused();
    void systemFileInAnyXdgConfigFolder();
    void refusalsNameTheFile();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &environment = {});
    Run runWith(const QStringList &arguments, const QProcessEnvironment &environment,
                const QString &stdoutFile);
    QProcessEnvironment environment() const;
    void writeSettings(const QString &folder, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"XDG_CONFIG_DIRS"_s, m_dir->filePath(u"etc-xdg"_s));
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        env.remove(QLatin1String(name));
    }
    return env;
}

void TestCli::writeSettings(const QString &folder, const QByteArray &content)
{
    const QString path = m_dir->filePath(folder + u"/glance-launcher/glance-launcher.conf"_s);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

Run TestCli::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    return runWith(arguments, env, {});
}

Run TestCli::runWith(const QStringList &arguments, const QProcessEnvironment &env,
                     const QString &stdoutFile)
{
    QProcess process;
    if (!stdoutFile.isEmpty()) {
        process.setStandardOutputFile(stdoutFile);
    }
    process.setProcessEnvironment(env.isEmpty() ? environment() : env);
    process.start(QStringLiteral(GLANCE_LAUNCHER_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::printsEveryReferenceLink_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("link");
    const QString glance = u"https://www.glance.net"_s;
    const QString loginKey = glance + u"/account/GetLoginKey.aspx?sso=1&"_s;

    QTest::newRow("join page") << QStringList{u"--agent-join"_s}
                               << glance + u"/agentjoin/AgentJoin.aspx"_s;
    QTest::newRow("viewer") << QStringList{u"--join"_s, u"1234"_s}
                            << glance + u"/agentjoin/AgentView.aspx?SessionKey=1234"_s;
    QTest::newRow("viewer, positional")
        << QStringList{u"1234"_s} << glance + u"/agentjoin/AgentView.aspx?SessionKey=1234"_s;
    QTest::newRow("name") << QStringList{u"--agent-join"_s, u"--name"_s, u"User Name"_s}
                          << glance + u"/agentjoin/AgentJoin.aspx?name=User+Name"_s;
    QTest::newRow("email") << QStringList{u"--agent-join"_s, u"--email"_s, u"user@example.com"_s}
                           << glance + u"/agentjoin/AgentJoin.aspx?email=user@example.com"_s;
    QTest::newRow("phone") << QStringList{u"--agent-join"_s, u"--phone"_s, u"(111)222-3333"_s}
                           << glance + u"/agentjoin/AgentJoin.aspx?phone=(111)222-3333"_s;
    QTest::newRow("same window") << QStringList{u"--agent-join"_s, u"--same-window"_s}
                                 << glance + u"/agentjoin/AgentJoin.aspx?viewersamewindow=1"_s;
    for (const QString &mode : {u"universaljoin"_s, u"chatinvitation"_s, u"smsinvitation"_s}) {
        QTest::addRow("mode %s", qPrintable(mode))
            << QStringList{u"--agent-join"_s, u"--mode"_s, mode}
            << glance + u"/agentjoin/AgentJoin.aspx?mode="_s + mode;
    }
    QTest::newRow("sso join page") << QStringList{u"--agent-join"_s, u"--idpid"_s, u"12345"_s}
                                   << glance + u"/agentjoin/AgentJoin.aspx?idpid=12345"_s;
    QTest::newRow("sso viewer") << QStringList{u"--join"_s, u"1234"_s, u"--idpid"_s, u"12345"_s}
                                << glance +
                                       u"/agentjoin/AgentView.aspx?idpid=12345&SessionKey=1234"_s;
    QTest::newRow("account summary")
        << QStringList{u"--account-summary"_s, u"--idpid"_s, u"12345"_s}
        << loginKey + u"idpid=12345&redirect=/account/AccountSummary.aspx"_s;
    QTest::newRow("login key") << QStringList{u"--login-key"_s, u"--idpid"_s, u"12345"_s}
                               << loginKey + u"idpid=12345"_s;
    QTest::newRow("sso troubleshooting") << QStringList{u"--sso-test"_s, u"--idpid"_s, u"12345"_s}
                                         << loginKey + u"test=11&idpid=12345"_s;
    QTest::newRow("idpname") << QStringList{u"--login-key"_s, u"--idpname"_s, u"Acme Support"_s}
                             << loginKey + u"idpname=Acme+Support"_s;
    QTest::newRow("idptoken") << QStringList{u"--login-key"_s, u"--idptoken"_s, u"00D5g0000"_s}
                              << loginKey + u"idptoken=00D5g0000"_s;
    QTest::newRow("idpusername") << QStringList{u"--login-key"_s, u"--idpusername"_s,
                                                u"fred.glance.net"_s}
                                 << loginKey + u"idpusername=fred.glance.net"_s;
    QTest::newRow("beta server") << QStringList{u"--agent-join"_s, u"--server"_s,
                                                u"https://beta.glance.net"_s}
                                 << u"https://beta.glance.net/agentjoin/AgentJoin.aspx"_s;
    QTest::newRow("staging server")
        << QStringList{u"--agent-join"_s, u"--server"_s, u"https://www.myglance.net"_s}
        << u"https://www.myglance.net/agentjoin/AgentJoin.aspx"_s;
    QTest::newRow("plus in email")
        << QStringList{u"--agent-join"_s, u"--email"_s, u"a+b@example.com"_s}
        << glance + u"/agentjoin/AgentJoin.aspx?email=a%2Bb@example.com"_s;
    QTest::newRow("non-ascii name")
        << QStringList{u"--agent-join"_s, u"--name"_s, u"José Müller"_s}
        << glance + u"/agentjoin/AgentJoin.aspx?name=Jos%C3%A9+M%C3%BCller"_s;
    QTest::newRow("messy key") << QStringList{u" 12 34\r\n"_s}
                               << glance + u"/agentjoin/AgentView.aspx?SessionKey=1234"_s;
    QTest::newRow("pasted viewer link")
        << QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=77&x=1"_s}
        << glance + u"/agentjoin/AgentView.aspx?SessionKey=77"_s;
}

void TestCli::printsEveryReferenceLink()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, link);
    const Run result = run(QStringList{u"--print"_s} + arguments);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, link + u'\n');
    QCOMPARE(result.exitCode, 0);
}

void TestCli::doneExample()
{
    const Run result = run({u"--print"_s, u"--join"_s, u"1234"_s, u"--idpid"_s, u"12345"_s,
                            u"--name"_s, u"User Name"_s});
    QCOMPARE(result.out, u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&"
                         u"SessionKey=1234&name=User+Name\n"_s);
    QCOMPARE(result.exitCode, 0);
}

void TestCli::badInputExitsTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");

    QTest::newRow("injected key") << QStringList{u"--print"_s, u"1234&idpid=999"_s}
                                  << u"Session key"_s;
    QTest::newRow("injected key, opening") << QStringList{u"1234&idpid=999"_s} << u"Session key"_s;
    QTest::newRow("bad email") << QStringList{u"--print"_s, u"1"_s, u"--email"_s, u"x"_s}
                               << u"Email"_s;
    QTest::newRow("bad group id") << QStringList{u"--print"_s, u"1"_s, u"--idpid"_s, u"1&a=b"_s}
                                  << u"Group ID"_s;
    QTest::newRow("bad mode") << QStringList{u"--print"_s, u"--agent-join"_s, u"--mode"_s, u"x"_s}
                              << u"Join page mode"_s;
    QTest::newRow("bad server") << QStringList{u"--print"_s, u"1"_s, u"--server"_s,
                                               u"https://evil.example/path"_s}
                                << u"Server"_s;
    QTest::newRow("no selector for account page")
        << QStringList{u"--print"_s, u"--login-key"_s} << u"Account selector"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"Command line"_s;
    QTest::newRow("two actions") << QStringList{u"--agent-join"_s, u"--login-key"_s}
                                 << u"Command line"_s;
    QTest::newRow("print twice") << QStringList{u"--print"_s, u"--join"_s, u"1234"_s, u"--print"_s}
                                 << u"Command line"_s;
}

void TestCli::badInputExitsTwoWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(u"glance-launcher: "_s + field + u": "_s),
             qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCli::printNeedsNoDisplayAndNoGui()
{
    QProcessEnvironment env = environment();
    env.insert(u"LD_DEBUG"_s, u"files"_s);
    const Run result = run({u"--print"_s, u"1234"_s}, env);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1234\n"_s);
    QVERIFY2(result.err.contains(u"libQt6Core"_s), "LD_DEBUG shows the libraries loaded");
    QVERIFY(!result.err.contains(u"libQt6Gui"_s));
    QVERIFY(!result.err.contains(u"libQt6Widgets"_s));
    QVERIFY(!result.err.contains(u"glance-launcher-tray"_s));
}

void TestCli::systemWideDefaultsAndUserValues()
{
    writeSettings(u"etc-xdg"_s, "[account]\nselector=idpid\nvalue=12345\n"
                                "[identity]\nname=Team Name\n");
    Run result = run({u"--print"_s, u"1234"_s});
    QCOMPARE(result.out, u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&"
                         u"SessionKey=1234&name=Team+Name\n"_s);
    writeSettings(u"config"_s, "[identity]\nname=User Name\nemail=user@example.com\n");
    result = run({u"--print"_s, u"1234"_s});
    QCOMPARE(result.out, u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&"
                         u"SessionKey=1234&name=User+Name&email=user@example.com\n"_s);
    // A command-line value wins for that call only.
    result = run({u"--print"_s, u"1234"_s, u"--idpname"_s, u"Other"_s});
    QCOMPARE(result.out, u"https://www.glance.net/agentjoin/AgentView.aspx?idpname=Other&"
                         u"SessionKey=1234&name=User+Name&email=user@example.com\n"_s);
    // A bad stored value is refused, never left off the link.
    writeSettings(u"config"_s, "[identity]\nemail=nobody\n");
    result = run({u"--print"_s, u"1234"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY(result.err.startsWith(u"glance-launcher: Email: "_s));
}

void TestCli::failingToOpenExitsOne()
{
    // The offscreen platform has no way to open links, as a desktop with no browser.
    QProcessEnvironment env = environment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const Run result = run({u"--join"_s, u"1234"_s}, env);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(
        result.err.contains(u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1234"_s),
        qPrintable(result.err));
}

void TestCli::noDisplayToOpenOnExitsOne()
{
    const Run result = run({u"--agent-join"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"--print"_s), qPrintable(result.err));
}

void TestCli::helpAndVersion()
{
    Run result = run({u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"glance-launcher [options] [KEY-OR-LINK]"_s),
             qPrintable(result.out));
    // Qt's --help-all gives the same help: the app takes no Qt options.
    result = run({u"--help-all"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"--join"_s));
    result = run({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(u"glance-launcher "_s));
}

void TestCli::qtNeverReadsOurArguments()
{
    // "-platform 1234" is the name here, not an option for Qt, which would abort on it.
    QProcessEnvironment env = environment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const Run result = run({u"--name"_s, u"-platform"_s, u"--join"_s, u"1234"_s}, env);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"SessionKey=1234&name=-platform"_s), qPrintable(result.err));
}

void TestCli::argumentsMustBeUtf8()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    // QProcess would re-encode a QString: hand the bytes over through a shell.
    process.start(u"/bin/sh"_s,
                  {u"-c"_s, u"exec \"$0\" --print 1 --idpname \"$(printf '\\377')\""_s,
                   QStringLiteral(GLANCE_LAUNCHER_BINARY)});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    QCOMPARE(process.readAllStandardError(),
             QByteArray("glance-launcher: Command line: argument 4 is not UTF-8 text\n"));
}

void TestCli::errorsNeverEchoControlCharacters()
{
    const Run result = run({u"--x\u001b[31mRED\rOVER\u2028"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, u"glance-launcher: Command line: Unknown option "
                         u"'xU+001B[31mREDU+000DOVERU+2028'.\n"_s);
}

void TestCli::unwritableOutputIsAFailure()
{
    const Run result = runWith({u"--print"_s, u"1234"_s}, environment(), u"/dev/full"_s);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, u"glance-launcher: could not write the link to standard output\n"_s);
}

void TestCli::settingsThatCannotBeReadAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("fifo") << u"fifo"_s << u"is not a regular file"_s;
    QTest::newRow("folder") << u"folder"_s << u"is not a regular file"_s;
    QTest::newRow("typed value") << u"typed"_s << u"Settings: identity/name is not valid text"_s;
    QTest::newRow("not utf-8") << u"latin1"_s << u"is not UTF-8 text"_s;
}

void TestCli::settingsThatCannotBeReadAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(u"config/glance-launcher/glance-launcher.conf"_s);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (kind == u"fifo") {
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {path}), 0);
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
    } else {
        writeSettings(u"config"_s, kind == u"typed"
                                       ? QByteArray("[identity]\nname=@Rect(1 2 3 4)\n")
                                       : QByteArray("[identity]\nname=Jos\xe9\n"));
    }
    // A link without the agent's settings would be a wrong link.
    const Run result = run({u"--print"_s, u"1234"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(u"glance-launcher: Settings: "_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCli::lockedSettingsCannotBeOverridden()
{
    writeSettings(u"etc-xdg"_s, "[account]\nselector=idpid\nvalue=12345\n"
                                "[policy]\nlocked=account/value, join/mode\n");
    writeSettings(u"config"_s, "[account]\nselector=idpname\nvalue=Mine\n");
    Run result = run({u"--print"_s, u"1234"_s});
    QCOMPARE(result.out, u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&"
                         u"SessionKey=1234\n"_s);
    result = run({u"--print"_s, u"1234"_s, u"--idptoken"_s, u"other"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, u"glance-launcher: Command line: --idptoken cannot be used: "
                         u"account/selector is set by your administrator\n"_s);
    result = run({u"--print"_s, u"--agent-join"_s, u"--mode"_s, u"chatinvitation"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"join/mode is set by your administrator"_s));
    // What is not locked can be given.
    result = run({u"--print"_s, u"1234"_s, u"--name"_s, u"User Name"_s});
    QCOMPARE(result.exitCode, 0);
}

void TestCli::brokenSystemFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::newRow("NUL bytes") << glance::test::bytes("[account]\nvalue=1\0\n")
                               << u"holds NUL bytes"_s;
    QTest::newRow("not UTF-8") << QByteArray("\xff\xfe[account]\nvalue=1\n")
                               << u"is not UTF-8 text"_s;
}

// A link without the administrator's account and locks would be a wrong link, as one without
// the user's own settings would be.
void TestCli::brokenSystemFileIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    writeSettings(u"etc-xdg"_s, content);
    writeSettings(u"config"_s, "[identity]\nname=User Name\n");
    const Run result = run({u"--print"_s, u"1234"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, u"glance-launcher: Settings: "_s +
                             m_dir->filePath(u"etc-xdg/glance-launcher/glance-launcher.conf "_s) +
                             why + u"\n"_s);
}

void TestCli::filesAsPeopleWriteThemAreRead_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("link");
    const QString viewer = u"https://www.glance.net/agentjoin/AgentView.aspx?"_s;
    QTest::newRow("user file with a byte-order mark")
        << u"config"_s << QByteArray("\xef\xbb\xbf[identity]\nname=Bob\n")
        << viewer + u"SessionKey=1234&name=Bob"_s;
    QTest::newRow("system file with a byte-order mark")
        << u"etc-xdg"_s << QByteArray("\xef\xbb\xbf[identity]\nname=Bob\n")
        << viewer + u"SessionKey=1234&name=Bob"_s;
    QTest::newRow("system file without a final line break")
        << u"etc-xdg"_s << QByteArray("[account]\nselector=idpid\nvalue=12")
        << viewer + u"idpid=12&SessionKey=1234"_s;
}

void TestCli::filesAsPeopleWriteThemAreRead()
{
    QFETCH(QString, folder);
    QFETCH(QByteArray, content);
    QFETCH(QString, link);
    writeSettings(folder, content);
    const Run result = run({u"--print"_s, u"1234"_s});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, link + u"\n"_s);
    QCOMPARE(result.exitCode, 0);
}

void TestCli::typedValuesAreRefused_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::newRow("invalid email")
        << u"config"_s << QByteArray("[identity]\nemail=@Invalid()\n") << u"identity/email"_s;
    QTest::newRow("invalid selector")
        << u"etc-xdg"_s << QByteArray("[account]\nselector=@Invalid()\nvalue=12\n")
        << u"account/selector"_s;
    QTest::newRow("variant name") << u"config"_s
                                  << QByteArray("[identity]\nname=@Variant(\\0\\0\\0\\x7f"
                                                "\\0\\0\\0\\x4Nope\\0)\n")
                                  << u"identity/name"_s;
    QTest::newRow("byte array name")
        << u"config"_s << QByteArray("[identity]\nname=@ByteArray(Bob)\n") << u"identity/name"_s;
    QTest::newRow("size phone") << u"config"_s << QByteArray("[identity]\nphone=@Size(3 4)\n")
                                << u"identity/phone"_s;
}

// Never silently left off the link, and only one line on stderr: no warning of Qt's own.
void TestCli::typedValuesAreRefused()
{
    QFETCH(QString, folder);
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    writeSettings(folder, content);
    const Run result = run({u"--print"_s, u"1234"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(u"glance-launcher: Settings: "_s + key), qPrintable(result.err));
    QVERIFY2(result.err.contains(m_dir->filePath(folder + u"/glance-launcher/"_s)),
             qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCli::systemFileInAnyXdgConfigFolder()
{
    // Desktops such as Plasma put folders of their own before /etc/xdg.
    writeSettings(u"etc-xdg"_s, "[account]\nselector=idpid\nvalue=12345\n"
                                "[policy]\nlocked=account/value\n");
    QProcessEnvironment env = environment();
    env.insert(u"XDG_CONFIG_DIRS"_s,
               m_dir->filePath(u"desktop-defaults"_s) + u':' + m_dir->filePath(u"etc-xdg"_s));
    Run result = run({u"--print"_s, u"1234"_s}, env);
    QCOMPARE(result.out, u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&"
                         u"SessionKey=1234\n"_s);
    result = run({u"--print"_s, u"1234"_s, u"--idpid"_s, u"9"_s}, env);
    QCOMPARE(result.exitCode, 2);
}

void TestCli::refusalsNameTheFile()
{
    writeSettings(u"etc-xdg"_s, "[account]\nselector=idpid\nvalue=12a\n");
    const Run result = run({u"--print"_s, u"1234"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             u"glance-launcher: Group ID: digits only, such as 12345 (account/value in "_s +
                 m_dir->filePath(u"etc-xdg/glance-launcher/glance-launcher.conf"_s) + u")\n"_s);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
