#include "desktop.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// A server reads a query the way Glance's ASP.NET pages do: split on '&', then on the first '=',
// then '+' is a space and %XX a byte of UTF-8. Written here apart from the app's own encoder.
QMap<QString, QString> readQuery(const QByteArray &query)
{
    QMap<QString, QString> values;
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            return QUrl::fromPercentEncoding(part.replace('+', ' '));
        };
        values.insert(decode(pair.left(equals)), decode(pair.mid(equals + 1)));
    }
    return values;
}

} // namespace

// The app on a real X desktop: in a real system tray, driven by mouse, keys and clipboard, and
// opening links in a real browser. Each test has a display of its own.
class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void iconAppearsInTheTray();
    void rightClickShowsTheMenu();
    void menuItemsChosenByKeys();
    void leftClickOpensTheDialog();
    void messyKeyPastedThroughTheClipboard();
    void survivesClosingEveryWindow();
    void trayStartingLaterGetsTheIcon();
    void withoutTrayTheDialogIsAWindow();
    void noBrowserShowsTheLinkToCopy();
    void chromiumCarriesTheAgentsValuesExactly_data();
    void chromiumCarriesTheAgentsValuesExactly();

private:
    QProcessEnvironment appEnvironment() const;
    QProcess *startApp(const QStringList &arguments = {});
    int launch(const QStringList &arguments);
    QStringList openedLinks() const;
    QRect waitForTrayIcon();
    void writeSettings(const QByteArray &settings);

    std::unique_ptr<Desktop> m_desktop;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QProcess *> m_apps;
    QString m_browser;
};

void TestDesktop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_desktop = std::make_unique<Desktop>();
    QVERIFY2(m_desktop->start(), "Xvfb is needed: tools/quickstart.sh installs it");
    // The browser: a script that writes down each link it is given.
    m_browser = m_dir->filePath(u"browser"_s);
    QFile script(m_browser);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nprintf '%s\\n' \"$1\" >> \"$0.links\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    // Each test starts from no settings.
    QFile::remove(qEnvironmentVariable("XDG_CONFIG_HOME") +
                  u"/glance-launcher/glance-launcher.conf"_s);
}

void TestDesktop::cleanup()
{
    for (QProcess *app : std::as_const(m_apps)) {
        app->kill();
        app->waitForFinished();
        delete app;
    }
    m_apps.clear();
    m_desktop.reset();
    QDir(qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/glance-launcher"_s).removeRecursively();
    m_dir.reset();
}

QProcessEnvironment TestDesktop::appEnvironment() const
{
    QProcessEnvironment env = m_desktop->environment();
    env.insert(u"BROWSER"_s, m_browser);
    return env;
}

QProcess *TestDesktop::startApp(const QStringList &arguments)
{
    auto *app = new QProcess;
    app->setProcessEnvironment(appEnvironment());
    app->setProcessChannelMode(QProcess::ForwardedChannels);
    app->start(QStringLiteral(GLANCE_LAUNCHER_BINARY), arguments);
    m_apps << app;
    return app;
}

int TestDesktop::launch(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(appEnvironment());
    process.start(QStringLiteral(GLANCE_LAUNCHER_BINARY), arguments);
    return process.waitForFinished(20000) ? process.exitCode() : -1;
}

QStringList TestDesktop::openedLinks() const
{
    QFile file(m_browser + u".links"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QRect TestDesktop::waitForTrayIcon()
{
    std::optional<QRect> icon;
    for (int i = 0; i < 100 && !icon; ++i) {
        QTest::qWait(100);
        icon = m_desktop->trayIcon();
    }
    return icon.value_or(QRect());
}

void TestDesktop::writeSettings(const QByteArray &settings)
{
    const QString path =
        qEnvironmentVariable("XDG_CONFIG_HOME") + u"/glance-launcher/glance-launcher.conf"_s;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(settings);
}

void TestDesktop::iconAppearsInTheTray()
{
    QVERIFY(m_desktop->startTray());
    QTest::qWait(500);
    startApp();
    const QRect icon = waitForTrayIcon();
    QVERIFY2(icon.isValid(), "the icon is not in the tray");
    // It is drawn: the app's blue shows where the tray put the icon.
    const QImage picture = m_desktop->screenshot();
    int blue = 0;
    for (int y = icon.top(); y <= icon.bottom(); ++y) {
        for (int x = icon.left(); x <= icon.right(); ++x) {
            const QColor pixel = picture.pixelColor(x, y);
            if (pixel.blue() > 150 && pixel.red() < 120) {
                ++blue;
            }
        }
    }
    QVERIFY2(blue > icon.width() * icon.height() / 4, qPrintable(QString::number(blue)));
}

void TestDesktop::rightClickShowsTheMenu()
{
    QVERIFY(m_desktop->startTray());
    startApp();
    const QRect icon = waitForTrayIcon();
    QVERIFY(icon.isValid());
    const int before = m_desktop->visibleAppWindows();
    m_desktop->click(icon.center(), 3);
    QTRY_COMPARE(m_desktop->visibleAppWindows(), before + 1);
    m_desktop->key(u"Escape"_s);
    QTRY_COMPARE(m_desktop->visibleAppWindows(), before);
}

void TestDesktop::menuItemsChosenByKeys()
{
    writeSettings("[account]\nselector=idpid\nvalue=12345\n");
    QVERIFY(m_desktop->startTray());
    startApp();
    const QRect icon = waitForTrayIcon();
    QVERIFY(icon.isValid());
    const QString base = u"https://www.glance.net"_s;
    // Each item by its mnemonic: p, s, l, t.
    const QList<std::pair<QString, QString>> items = {
        {u"p"_s, base + u"/agentjoin/AgentJoin.aspx?idpid=12345"_s},
        {u"s"_s, base + u"/account/GetLoginKey.aspx?sso=1&idpid=12345&redirect=/account/"
                        u"AccountSummary.aspx"_s},
        {u"l"_s, base + u"/account/GetLoginKey.aspx?sso=1&idpid=12345"_s},
        {u"t"_s, base + u"/account/GetLoginKey.aspx?sso=1&test=11&idpid=12345"_s},
    };
    QStringList expected;
    const int closed = m_desktop->visibleAppWindows();
    for (const auto &[letter, link] : items) {
        // A click the moment a menu has closed goes to the closing menu's pointer grab and is
        // lost; a person clicks a moment later.
        QTest::qWait(300);
        m_desktop->click(icon.center(), 3);
        QTRY_COMPARE(m_desktop->visibleAppWindows(), closed + 1);
        m_desktop->key(letter);
        expected << link;
        QTRY_COMPARE(openedLinks(), expected);
        // The menu is gone before the next right-click, as a person would see.
        QTRY_COMPARE(m_desktop->visibleAppWindows(), closed);
    }
}

void TestDesktop::leftClickOpensTheDialog()
{
    QVERIFY(m_desktop->startTray());
    startApp();
    const QRect icon = waitForTrayIcon();
    QVERIFY(icon.isValid());
    QVERIFY(!m_desktop->hasVisibleWindow(u"Join a Glance session"_s));
    m_desktop->click(icon.center(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasVisibleWindow(u"Join a Glance session"_s), 15000);
}

void TestDesktop::messyKeyPastedThroughTheClipboard()
{
    writeSettings("[identity]\nname=User Name\n");
    QVERIFY(m_desktop->startTray());
    startApp();
    const QRect icon = waitForTrayIcon();
    QVERIFY(icon.isValid());
    m_desktop->click(icon.center(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasVisibleWindow(u"Join a Glance session"_s), 15000);
    QVERIFY(m_desktop->focus(u"Join a Glance session"_s));
    // As it comes from a chat: a zero-width space, a no-break space, spaces and a line break.
    m_desktop->setClipboard("\xe2\x80\x8b 98\xc2\xa0"
                            "76 \r\n");
    m_desktop->key(u"ctrl+a"_s);
    m_desktop->key(u"ctrl+v"_s);
    m_desktop->key(u"Return"_s);
    QTRY_COMPARE(openedLinks(), QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?"
                                            u"SessionKey=9876&name=User+Name"_s});
    QTRY_VERIFY(!m_desktop->hasVisibleWindow(u"Join a Glance session"_s));
}

void TestDesktop::survivesClosingEveryWindow()
{
    QVERIFY(m_desktop->startTray());
    QProcess *app = startApp();
    const QRect icon = waitForTrayIcon();
    QVERIFY(icon.isValid());
    for (const char *argument : {"--dialog", "--settings"}) {
        QCOMPARE(launch({QLatin1String(argument)}), 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasVisibleWindow(u"Glance Launcher settings"_s), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasVisibleWindow(u"Join a Glance session"_s), 15000);
    // Close each the way a person does, with Escape in the window.
    for (const QString &title : {u"Glance Launcher settings"_s, u"Join a Glance session"_s}) {
        QVERIFY(m_desktop->focus(title));
        m_desktop->key(u"Escape"_s);
    }
    QTRY_VERIFY(!m_desktop->hasVisibleWindow(u"Glance Launcher settings"_s));
    QTRY_VERIFY(!m_desktop->hasVisibleWindow(u"Join a Glance session"_s));
    QTest::qWait(500);
    QCOMPARE(app->state(), QProcess::Running);
    QVERIFY(m_desktop->trayIcon().has_value());
    QCOMPARE(launch({u"--join"_s, u"5"_s}), 0);
    QTRY_COMPARE(openedLinks().size(), 1);
}

void TestDesktop::trayStartingLaterGetsTheIcon()
{
    startApp();
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasVisibleWindow(u"Join a Glance session"_s), 15000);
    QVERIFY(!m_desktop->trayIcon());
    QTest::qWait(5000);
    QVERIFY(m_desktop->startTray());
    QVERIFY2(waitForTrayIcon().isValid(), "the icon did not come when the tray did");
}

void TestDesktop::withoutTrayTheDialogIsAWindow()
{
    QProcess *app = startApp();
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasVisibleWindow(u"Join a Glance session"_s), 15000);
    // It is the app's window: it joins, and Escape does not end the app.
    QVERIFY(m_desktop->focus(u"Join a Glance session"_s));
    m_desktop->type(u"4242"_s);
    m_desktop->key(u"Return"_s);
    QTRY_COMPARE(openedLinks(), QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?"
                                            u"SessionKey=4242"_s});
    m_desktop->key(u"Escape"_s);
    QTest::qWait(500);
    QCOMPARE(app->state(), QProcess::Running);
    QCOMPARE(launch({u"--quit"_s}), 0);
    QVERIFY(app->waitForFinished(10000));
}

void TestDesktop::noBrowserShowsTheLinkToCopy()
{
    m_browser = u"/bin/false"_s;
    QVERIFY(m_desktop->startTray());
    startApp();
    QVERIFY(waitForTrayIcon().isValid());
    QCOMPARE(launch({u"--join"_s, u"777"_s}), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasVisibleWindow(u"Could not open the link"_s), 15000);
    QVERIFY(m_desktop->focus(u"Could not open the link"_s));
    // Copy link is the default button.
    m_desktop->key(u"Return"_s);
    QTRY_COMPARE(m_desktop->clipboard(),
                 QByteArray("https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=777"));
}

void TestDesktop::chromiumCarriesTheAgentsValuesExactly_data()
{
    QTest::addColumn<bool>("throughRunningApp");
    QTest::newRow("a launch opens it") << false;
    QTest::newRow("the running app opens it") << true;
}

void TestDesktop::chromiumCarriesTheAgentsValuesExactly()
{
    QFETCH(bool, throughRunningApp);
    // A loopback server of the test's own, writing down each request.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QByteArray> requests;
    connect(&server, &QTcpServer::newConnection, &server, [&server, &requests] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                const QByteArray head = socket->readAll();
                requests << head.left(head.indexOf("\r\n"));
                socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<p>ok</p>");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    // Headless Chromium as the browser, kept off every network but loopback's.
    m_browser = m_dir->filePath(u"chromium"_s);
    QFile script(m_browser);
    QVERIFY(script.open(QIODevice::WriteOnly));
    // Chromium makes some files of its profile read-only: the script removes them itself.
    script.write("#!/bin/sh\nprofile=$(mktemp -d)\n"
                 "chromium --headless --no-sandbox --disable-gpu --disable-quic "
                 "--no-first-run --disable-background-networking --disable-component-update "
                 "--disable-sync --disable-extensions --disable-default-apps "
                 "--user-data-dir=\"$profile\" --dump-dom \"$1\" >/dev/null 2>&1\n"
                 "chmod -R u+w \"$profile\"; rm -rf \"$profile\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const QString name = u"Zoë + Ann & Co = #1 %20"_s;
    const QString email = u"a+b@example.com"_s;
    const QString phone = u"+1 (555) 123-4567"_s;
    const QString group = u"R&D = 100% #x"_s;
    const QStringList arguments = {
        u"--join"_s,    u" 12 34 "_s,
        u"--server"_s,  u"http://127.0.0.1:%1"_s.arg(server.serverPort()),
        u"--name"_s,    name,
        u"--email"_s,   email,
        u"--phone"_s,   phone,
        u"--idpname"_s, group};
    if (throughRunningApp) {
        startApp();
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasVisibleWindow(u"Join a Glance session"_s), 15000);
    }
    QProcess join;
    join.setProcessEnvironment(appEnvironment());
    join.start(QStringLiteral(GLANCE_LAUNCHER_BINARY), arguments);
    QTRY_VERIFY_WITH_TIMEOUT(!requests.isEmpty(), 30000);
    // It may have ended while the browser was at work.
    QVERIFY(join.state() == QProcess::NotRunning || join.waitForFinished(30000));
    QCOMPARE(join.exitCode(), 0);

    const QByteArray request = requests.constFirst();
    QVERIFY2(request.startsWith("GET /agentjoin/AgentView.aspx?"), request.constData());
    const QByteArray target = request.split(' ').value(1);
    const QMap<QString, QString> values = readQuery(target.mid(target.indexOf('?') + 1));
    QCOMPARE(values.keys(),
             (QStringList{u"SessionKey"_s, u"email"_s, u"idpname"_s, u"name"_s, u"phone"_s}));
    QCOMPARE(values.value(u"SessionKey"_s), u"1234"_s);
    QCOMPARE(values.value(u"name"_s), name);
    QCOMPARE(values.value(u"email"_s), email);
    QCOMPARE(values.value(u"phone"_s), phone);
    QCOMPARE(values.value(u"idpname"_s), group);
}

QTEST_GUILESS_MAIN(TestDesktop)
#include "tst_desktop.moc"
