#include "app/tray/launcherapp.h"
#include "app/tray/openfaileddialog.h"
#include "app/tray/sessiondialog.h"
#include "app/tray/settingsdialog.h"
#include "tests/support/bytes.h"
#include "tests/support/recordingopener.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

class TestLauncherApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutTrayTheDialogIsTheWindow();
    void closingTheWindowNeverQuits();
    void linkRequestsOpenExactLinks();
    void forwardedLinksAreAnsweredBeforeTheBrowserStarts();
    void badRequestsOpenNothing();
    void failedOpenShowsLinkWithCopyButton();
    void savedSettingsReachTheDialogAtOnce();
    void settingsEditedOnDiskAreUsed();
    void secondSettingsRequestKeepsWhatIsTyped();
    void joinFromElsewhereLeavesTheDialogAlone();
    void startsWithABrokenSystemFile();
    void brokenUserFileIsKeptAsideAndToldOnce_data();
    void brokenUserFileIsKeptAsideAndToldOnce();
    void browserFailingLaterShowsTheLink();
    void brokenUserFileIsToldOnceAtRealStartUp_data();
    void brokenUserFileIsToldOnceAtRealStartUp();

private:
    void start(bool openerSucceeds = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LauncherApp> m_app;
    QStringList m_opened;
};

void TestLauncherApp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_opened.clear();
    QApplication::clipboard()->clear();
}

void TestLauncherApp::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The newest window that shows a link no browser took.
OpenFailedDialog *openFailedWindow()
{
    OpenFailedDialog *failed = nullptr;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<OpenFailedDialog *>(window)) {
            failed = candidate;
        }
    }
    return failed;
}

} // namespace

void TestLauncherApp::start(bool openerSucceeds)
{
    m_app = std::make_unique<LauncherApp>(
        SettingsStore(m_dir->filePath(u"user.conf"_s), m_dir->filePath(u"system.conf"_s)),
        RecentSessions(m_dir->filePath(u"recent.conf"_s)),
        std::make_unique<test::RecordingOpener>(&m_opened, openerSucceeds));
    m_app->start();
}

void TestLauncherApp::withoutTrayTheDialogIsTheWindow()
{
    // The offscreen platform has no system tray.
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    start();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->sessionDialog()));
    QVERIFY(m_app->sessionDialog()->isMainWindow());
    const auto buttons = m_app->sessionDialog()->findChildren<QPushButton *>();
    const bool quitShown = std::any_of(buttons.begin(), buttons.end(), [](QPushButton *b) {
        return b->text() == u"&Quit"_s && b->isVisible();
    });
    QVERIFY(quitShown);
    QCOMPARE(m_app->trayIcon(), nullptr);
}

void TestLauncherApp::closingTheWindowNeverQuits()
{
    QApplication::setQuitOnLastWindowClosed(true);
    start();
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
    SessionDialog *dialog = m_app->sessionDialog();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isMinimized());
    dialog->close();
    QTest::qWait(50);
    QCOMPARE(quitting.count(), 0);

    // Shown again on request.
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    QVERIFY(!dialog->isMinimized());
}

void TestLauncherApp::linkRequestsOpenExactLinks()
{
    QVERIFY(
        writeFile(m_dir->filePath(u"user.conf"_s), "[account]\nselector=idptoken\nvalue=A&B\n"));
    start();
    Request request;
    request.action = Request::Action::Join;
    request.sessionKey = u"55 66"_s;
    request.overrides.name = u"Zoë #1"_s;
    QCOMPARE(m_app->carryOut(request).code, ExitCode::Success);
    request = Request();
    request.action = Request::Action::SsoTroubleshooting;
    QCOMPARE(m_app->carryOut(request).code, ExitCode::Success);
    QCOMPARE(m_opened,
             (QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?idptoken=A%26B&"
                          u"SessionKey=5566&name=Zo%C3%AB+%231"_s,
                          u"https://www.glance.net/account/GetLoginKey.aspx?sso=1&test=11&"
                          u"idptoken=A%26B"_s}));
}

void TestLauncherApp::forwardedLinksAreAnsweredBeforeTheBrowserStarts()
{
    start(false);
    Request request;
    request.action = Request::Action::Join;
    request.sessionKey = u"4242"_s;
    QCOMPARE(m_app->answerForwarded(request).code, ExitCode::Success);
    QVERIFY(m_opened.isEmpty());
    QTRY_COMPARE(m_opened,
                 QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=4242"_s});
    // The browser failed after the answer: the link is shown here, to copy.
    OpenFailedDialog *failed = openFailedWindow();
    QVERIFY(failed);
    QVERIFY(QTest::qWaitForWindowExposed(failed));
    QCOMPARE(failed->findChild<QLineEdit *>()->text(),
             u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=4242"_s);
    failed->close();
    // A refusal is the answer, and nothing is opened.
    request.sessionKey = u"1234&idpid=999"_s;
    QCOMPARE(m_app->answerForwarded(request).code, ExitCode::BadInput);
    request = Request();
    request.action = Request::Action::LoginKey;
    QCOMPARE(m_app->answerForwarded(request).code, ExitCode::BadInput);
    QTest::qWait(20);
    QCOMPARE(m_opened.size(), 1);
}

void TestLauncherApp::badRequestsOpenNothing()
{
    start();
    Request request;
    request.action = Request::Action::Join;
    request.sessionKey = u"1234&idpid=999"_s;
    const auto outcome = m_app->carryOut(request);
    QCOMPARE(outcome.code, ExitCode::BadInput);
    QVERIFY(outcome.message.startsWith(u"Session key:"_s));
    request.action = Request::Action::LoginKey;
    QCOMPARE(m_app->carryOut(request).code, ExitCode::BadInput);
    QVERIFY(m_opened.isEmpty());
}

void TestLauncherApp::failedOpenShowsLinkWithCopyButton()
{
    start(false);
    Request request;
    request.action = Request::Action::OpenJoinPage;
    QCOMPARE(m_app->carryOut(request).code, ExitCode::OpenFailed);
    OpenFailedDialog *failed = openFailedWindow();
    QVERIFY(failed);
    QVERIFY(QTest::qWaitForWindowExposed(failed));
    const QString link = u"https://www.glance.net/agentjoin/AgentJoin.aspx"_s;
    QCOMPARE(failed->findChild<QLineEdit *>()->text(), link);
    QApplication::clipboard()->clear();
    QTest::mouseClick(failed->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), link);
    failed->close();
}

void TestLauncherApp::savedSettingsReachTheDialogAtOnce()
{
    start();
    SessionDialog *dialog = m_app->sessionDialog();
    QVERIFY(!dialog->loginKeyButton()->isEnabled());
    Request settings;
    settings.action = Request::Action::ShowSettings;
    m_app->carryOut(settings);
    SettingsDialog *settingsDialog = m_app->settingsDialog();
    settingsDialog->selectorBox()->setCurrentIndex(
        settingsDialog->selectorBox()->findData(u"idpid"_s));
    QTest::keyClicks(settingsDialog->selectorValueField(), u"12345"_s);
    settingsDialog->accept();
    QVERIFY(dialog->loginKeyButton()->isEnabled());
    QCOMPARE(m_app->settings().selectorValue, u"12345"_s);
}

void TestLauncherApp::settingsEditedOnDiskAreUsed()
{
    start();
    QVERIFY(writeFile(m_dir->filePath(u"user.conf"_s), "[identity]\nname=Edited Name\n"));
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    QCOMPARE(m_app->sessionDialog()->identitySummary()->text(), u"Edited Name"_s);

    QVERIFY(writeFile(m_dir->filePath(u"user.conf"_s), "[identity]\nname=Edited Again\n"));
    Request join;
    join.action = Request::Action::Join;
    join.sessionKey = u"1"_s;
    m_app->carryOut(join);
    QCOMPARE(m_opened, QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?"
                                   u"SessionKey=1&name=Edited+Again"_s});
}

void TestLauncherApp::secondSettingsRequestKeepsWhatIsTyped()
{
    start();
    Request settings;
    settings.action = Request::Action::ShowSettings;
    m_app->carryOut(settings);
    QTest::keyClicks(m_app->settingsDialog()->phoneField(), u"555-0100"_s);
    m_app->carryOut(settings);
    QCOMPARE(m_app->settingsDialog()->phoneField()->text(), u"555-0100"_s);
}

void TestLauncherApp::joinFromElsewhereLeavesTheDialogAlone()
{
    start();
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    SessionDialog *dialog = m_app->sessionDialog();
    QTest::keyClicks(dialog->keyField(), u"55"_s);
    Request join;
    join.action = Request::Action::Join;
    join.sessionKey = u"6666"_s;
    QCOMPARE(m_app->carryOut(join).code, ExitCode::Success);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->keyField()->text(), u"55"_s);
}

void TestLauncherApp::startsWithABrokenSystemFile()
{
    QVERIFY(writeFile(m_dir->filePath(u"system.conf"_s),
                      test::bytes("\0\xff[account]\nselector=idpid\nvalue=1\n")));
    QVERIFY(writeFile(m_dir->filePath(u"user.conf"_s), "[identity]\nname=User Name\n"));
    start();
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    QCOMPARE(m_app->sessionDialog()->identitySummary()->text(), u"User Name"_s);
    QVERIFY(m_app->sessionDialog()->isVisible());
}

namespace {

QStringList visibleMessages()
{
    QStringList texts;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(window); box && box->isVisible()) {
            texts << box->text();
        }
    }
    return texts;
}

} // namespace

void TestLauncherApp::brokenUserFileIsKeptAsideAndToldOnce_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::newRow("cut off") << QByteArray("[identity]\nname=Jo")
                             << u"is cut off in the middle of a line"_s;
    // Lines QSettings cannot read, in a file this process has read before.
    const QString malformed = u"is not a valid settings file"_s;
    QTest::newRow("comment line in a section")
        << QByteArray("[identity]\nname=Agnes\n# work phone\n") << malformed;
    QTest::newRow("line without =") << QByteArray("[identity]\nname=Agnes\nphone\n") << malformed;
    QTest::newRow("section header without ]")
        << QByteArray("[identity]\nname=Agnes\n[history\n") << malformed;
}

void TestLauncherApp::brokenUserFileIsKeptAsideAndToldOnce()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(window)) {
            window->close();
        }
    }
    const QString userFile = m_dir->filePath(u"user.conf"_s);
    const QString systemFile = m_dir->filePath(u"system.conf"_s);
    QVERIFY(writeFile(userFile, content));
    QVERIFY(writeFile(systemFile, test::bytes("\xff\xfe")));
    SettingsStore(userFile, systemFile).load();
    SettingsStore(userFile, systemFile).load();
    start();
    QStringList messages = visibleMessages();
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.filter(why).size() == 1, qPrintable(messages.join(u'|')));
    QVERIFY(messages.filter(u".broken-"_s).size() == 1);
    QVERIFY(messages.filter(u"administrator's settings could not be read"_s).size() == 1);
    QVERIFY(!QFile::exists(userFile));
    // Told once: later uses of the settings say nothing more.
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    m_app->carryOut(show);
    QCOMPARE(visibleMessages().size(), 2);
    QCOMPARE(m_app->sessionDialog()->identitySummary()->text(), u"no name, email or phone set"_s);
}

void TestLauncherApp::browserFailingLaterShowsTheLink()
{
    auto opener = std::make_unique<test::RecordingOpener>(&m_opened);
    const test::RecordingOpener *recording = opener.get();
    m_app = std::make_unique<LauncherApp>(
        SettingsStore(m_dir->filePath(u"user.conf"_s), m_dir->filePath(u"system.conf"_s)),
        RecentSessions(m_dir->filePath(u"recent.conf"_s)), std::move(opener));
    m_app->start();
    Request join;
    join.action = Request::Action::Join;
    join.sessionKey = u"1234"_s;
    QCOMPARE(m_app->carryOut(join).code, ExitCode::Success);
    const QString link = u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1234"_s;
    recording->failLater(QUrl(link), u"no browser was found"_s);
    OpenFailedDialog *failed = nullptr;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<OpenFailedDialog *>(window);
            candidate && candidate->isVisible()) {
            failed = candidate;
        }
    }
    QVERIFY(failed);
    QCOMPARE(failed->findChild<QLineEdit *>()->text(), link);
    const auto labels = failed->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->text().contains(u"(no browser was found)"_s);
    }));
    failed->close();
}

void TestLauncherApp::brokenUserFileIsToldOnceAtRealStartUp_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::addColumn<int>("action");
    const int start = int(Request::Action::Start);
    QTest::newRow("empty") << QByteArray() << u"is empty"_s << start;
    QTest::newRow("NUL bytes") << test::bytes("[identity]\nname=A\0\n") << u"holds NUL bytes"_s
                               << start;
    QTest::newRow("cut off") << QByteArray("[identity]\nname=Jo")
                             << u"is cut off in the middle of a line"_s << start;
    QTest::newRow("not UTF-8") << QByteArray("[identity]\nname=Jos\xe9\n") << u"is not UTF-8 text"_s
                               << start;
    QTest::newRow("malformed") << QByteArray("[identity]\nname=Agnes\nphone\n")
                               << u"is not a valid settings file"_s << start;
    QTest::newRow("empty, started with --dialog")
        << QByteArray() << u"is empty"_s << int(Request::Action::ShowDialog);
    QTest::newRow("empty, started with --settings")
        << QByteArray() << u"is empty"_s << int(Request::Action::ShowSettings);
}

// As glance_tray_main starts the app: the settings at their XDG places, start(), then the
// launch's own request, then the event loop (where the tray is looked at again).
void TestLauncherApp::brokenUserFileIsToldOnceAtRealStartUp()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    QFETCH(int, action);
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(window)) {
            window->close();
        }
    }
    const QByteArray configHome = qgetenv("XDG_CONFIG_HOME");
    const QByteArray configDirs = qgetenv("XDG_CONFIG_DIRS");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(u"config"_s)));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(m_dir->filePath(u"etc-xdg"_s)));
    const auto restore = qScopeGuard([&] {
        qputenv("XDG_CONFIG_HOME", configHome);
        qputenv("XDG_CONFIG_DIRS", configDirs);
    });
    const QString userFile = m_dir->filePath(u"config/glance-launcher/glance-launcher.conf"_s);
    QVERIFY(QDir().mkpath(QFileInfo(userFile).absolutePath()));
    QVERIFY(writeFile(userFile, content));

    m_app = std::make_unique<LauncherApp>(SettingsStore(),
                                          RecentSessions(m_dir->filePath(u"recent.conf"_s)),
                                          std::make_unique<test::RecordingOpener>(&m_opened));
    m_app->start();
    Request launch;
    launch.action = Request::Action(action);
    m_app->carryOut(launch);
    QTest::qWait(50);

    const QStringList kept =
        QDir(QFileInfo(userFile).absolutePath()).entryList({u"*.broken-*"_s}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY(!QFile::exists(userFile));
    QStringList messages = visibleMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(why), qPrintable(messages.constFirst()));
    QVERIFY2(messages.constFirst().contains(QFileInfo(userFile).absolutePath() + u'/' +
                                            kept.constFirst()),
             qPrintable(messages.constFirst()));
    // Once: the menu, the dialog and links read the settings again and say nothing more.
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    Request join;
    join.action = Request::Action::Join;
    join.sessionKey = u"1234"_s;
    QCOMPARE(m_app->carryOut(join).code, ExitCode::Success);
    QCOMPARE(visibleMessages().size(), 1);
}

QTEST_MAIN(TestLauncherApp)
#include "tst_launcherapp.moc"
