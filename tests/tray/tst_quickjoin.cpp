#include "app/tray/launcherapp.h"
#include "app/tray/sessiondialog.h"
#include "app/tray/settingsdialog.h"
#include "app/tray/trayicon.h"
#include "tests/support/recordingopener.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace glance;
using namespace Qt::StringLiterals;

// Joining from the clipboard and from the recent sessions, in the tray menu and the dialog.
// The offscreen platform has no tray: a stand-in tells the app there is one.
class TestQuickJoin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clipboardKeyIsOfferedInTheMenu();
    void clipboardWordsAreNotOffered();
    void recentSessionsNewestFirstOnceEach();
    void recentSessionJoinsAgain();
    void clearRecentSessions();
    void noHistoryWritesNothing();
    void dialogOffersRecentKeys();
    void dialogOpensWithTheClipboardKey();
    void trayComingAndGoing();
    void historyTurnedOffWhileStoppedIsApplied();
    void recentListIsPrivateAndNeverAPipe();

private:
    void start(const QByteArray &settings = {});
    void join(const QString &key);
    QString recentFile() const { return m_dir->filePath(u"state/recent.conf"_s); }
    QStringList menuTexts(QMenu *menu) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LauncherApp> m_app;
    QStringList m_opened;
    bool m_trayAvailable = true;
};

void TestQuickJoin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_opened.clear();
    m_trayAvailable = true;
    QApplication::clipboard()->clear();
}

void TestQuickJoin::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TestQuickJoin::start(const QByteArray &settings)
{
    // No file at all rather than an empty one, which the app would take for a broken one.
    QFile::remove(m_dir->filePath(u"user.conf"_s));
    if (!settings.isEmpty()) {
        QFile file(m_dir->filePath(u"user.conf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(settings);
    }
    m_app = std::make_unique<LauncherApp>(
        SettingsStore(m_dir->filePath(u"user.conf"_s), m_dir->filePath(u"system.conf"_s)),
        RecentSessions(recentFile()), std::make_unique<test::RecordingOpener>(&m_opened));
    m_app->setTrayAvailability([this] { return m_trayAvailable; });
    m_app->start();
    QVERIFY(m_app->trayIcon());
}

void TestQuickJoin::join(const QString &key)
{
    Request request;
    request.action = Request::Action::Join;
    request.sessionKey = key;
    QCOMPARE(m_app->carryOut(request).code, ExitCode::Success);
}

QStringList TestQuickJoin::menuTexts(QMenu *menu) const
{
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (action->isVisible() && !action->isSeparator()) {
            texts << action->text();
        }
    }
    return texts;
}

void TestQuickJoin::clipboardKeyIsOfferedInTheMenu()
{
    start();
    QAction *fromClipboard = m_app->trayIcon()->clipboardAction();
    QVERIFY(!fromClipboard->isVisible());
    QApplication::clipboard()->setText(u"Session key: 12 34"_s);
    QVERIFY(fromClipboard->isVisible());
    QCOMPARE(fromClipboard->text(), u"Join 1234 from &clipboard"_s);
    QCOMPARE(m_app->trayIcon()->menu()->actions().constFirst(), fromClipboard);
    fromClipboard->trigger();
    QCOMPARE(m_opened,
             QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1234"_s});
    QApplication::clipboard()->setText(
        u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=abc"_s);
    QCOMPARE(fromClipboard->text(), u"Join abc from &clipboard"_s);
}

void TestQuickJoin::clipboardWordsAreNotOffered()
{
    start();
    for (const QString &text :
         {u"thanks"_s, u"see you at 5"_s, QString(5000, u'1'), u"1234&idpid=9"_s}) {
        QApplication::clipboard()->setText(text);
        QVERIFY2(!m_app->trayIcon()->clipboardAction()->isVisible(), qPrintable(text.left(20)));
    }
}

void TestQuickJoin::recentSessionsNewestFirstOnceEach()
{
    start();
    QMenu *recent = m_app->trayIcon()->recentMenu();
    QVERIFY(recent->menuAction()->isVisible());
    QVERIFY(!recent->isEnabled());
    for (int i = 1; i <= 12; ++i) {
        join(QString::number(i));
    }
    join(u"5"_s);
    QStringList keys;
    for (const RecentSession &session : m_app->recentSessions()) {
        keys << session.key;
    }
    QCOMPARE(keys, (QStringList{u"5"_s, u"12"_s, u"11"_s, u"10"_s, u"9"_s, u"8"_s, u"7"_s, u"6"_s,
                                u"4"_s, u"3"_s}));
    // The menu follows at once, with when each was joined and a digit to choose it.
    QVERIFY(recent->isEnabled());
    const QStringList items = menuTexts(recent);
    QCOMPARE(items.size(), 11);
    QVERIFY2(items.at(0).startsWith(u"&1  5, joined "_s), qPrintable(items.at(0)));
    QVERIFY2(items.at(9).startsWith(u"&0  3, joined "_s), qPrintable(items.at(9)));
    QCOMPARE(items.at(10), u"C&lear recent sessions"_s);
    // Kept for the next start.
    QCOMPARE(RecentSessions(recentFile()).load().constFirst().key, u"5"_s);
}

void TestQuickJoin::recentSessionJoinsAgain()
{
    start("[identity]\nname=User Name\n");
    join(u"4321"_s);
    m_opened.clear();
    m_app->trayIcon()->recentMenu()->actions().constFirst()->trigger();
    QCOMPARE(m_opened, QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?"
                                   u"SessionKey=4321&name=User+Name"_s});
}

void TestQuickJoin::clearRecentSessions()
{
    start();
    join(u"1"_s);
    QVERIFY(QFile::exists(recentFile()));
    const QList<QAction *> items = m_app->trayIcon()->recentMenu()->actions();
    items.constLast()->trigger();
    QVERIFY(m_app->recentSessions().isEmpty());
    QVERIFY(!QFile::exists(recentFile()));
    QVERIFY(!m_app->trayIcon()->recentMenu()->isEnabled());
}

void TestQuickJoin::noHistoryWritesNothing()
{
    start("[history]\nkeepRecent=false\n");
    QVERIFY(!m_app->trayIcon()->recentMenu()->menuAction()->isVisible());
    join(u"1"_s);
    join(u"2"_s);
    QCOMPARE(m_opened.size(), 2);
    QVERIFY(!QFile::exists(recentFile()));
    QVERIFY(!QDir(m_dir->filePath(u"state"_s)).exists());

    // Turned off in the settings, what was kept goes.
    m_app.reset();
    start();
    join(u"3"_s);
    QVERIFY(QFile::exists(recentFile()));
    Request settings;
    settings.action = Request::Action::ShowSettings;
    m_app->carryOut(settings);
    m_app->settingsDialog()->keepRecentBox()->setChecked(false);
    m_app->settingsDialog()->accept();
    QVERIFY(!QFile::exists(recentFile()));
    QVERIFY(!m_app->trayIcon()->recentMenu()->menuAction()->isVisible());
    join(u"4"_s);
    QVERIFY(!QFile::exists(recentFile()));
}

void TestQuickJoin::dialogOffersRecentKeys()
{
    start();
    join(u"1111"_s);
    join(u"2222"_s);
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    SessionDialog *dialog = m_app->sessionDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Down shows the whole list, newest first.
    QTest::keyClick(dialog->keyField(), Qt::Key_Down);
    QAbstractItemView *popup = dialog->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 2);
    QCOMPARE(popup->model()->index(0, 0).data().toString(), u"2222"_s);
    // Typing narrows it.
    QTest::keyClick(popup, Qt::Key_Escape);
    QTest::keyClicks(dialog->keyField(), u"11"_s);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(dialog->completer()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(dialog->keyField()->text(), u"1111"_s);
    QTest::keyClick(dialog->keyField(), Qt::Key_Return);
    QCOMPARE(m_opened.constLast(),
             u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1111"_s);
}

void TestQuickJoin::dialogOpensWithTheClipboardKey()
{
    start();
    QApplication::clipboard()->setText(u" 98 76\n"_s);
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    SessionDialog *dialog = m_app->sessionDialog();
    QCOMPARE(dialog->keyField()->text(), u"9876"_s);
    QCOMPARE(dialog->keyField()->selectedText(), u"9876"_s);
    // What the agent types is never replaced.
    dialog->keyField()->setText(u"5555"_s);
    m_app->carryOut(show);
    QCOMPARE(dialog->keyField()->text(), u"5555"_s);
    // A word is not offered.
    dialog->reject();
    QApplication::clipboard()->setText(u"hello"_s);
    m_app->carryOut(show);
    QCOMPARE(dialog->keyField()->text(), QString());
}

void TestQuickJoin::trayComingAndGoing()
{
    start();
    QVERIFY(!m_app->sessionDialog()->isVisible());
    m_trayAvailable = false;
    QTest::qWait(2500);
    QVERIFY(m_app->sessionDialog()->isVisible());
    QVERIFY(m_app->sessionDialog()->isMainWindow());
    m_trayAvailable = true;
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->sessionDialog()->isMainWindow(), 3000);
}

void TestQuickJoin::historyTurnedOffWhileStoppedIsApplied()
{
    start();
    join(u"1"_s);
    QVERIFY(QFile::exists(recentFile()));
    m_app.reset();
    start("[history]\nkeepRecent=false\n");
    QVERIFY(!QFile::exists(recentFile()));
    QVERIFY(m_app->sessionDialog()->completer()->model()->rowCount() == 0);
}

void TestQuickJoin::recentListIsPrivateAndNeverAPipe()
{
    start();
    join(u"1"_s);
    QCOMPARE(QFileInfo(recentFile()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QCOMPARE(QFileInfo(QFileInfo(recentFile()).absolutePath()).permissions() &
                 (QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
    QVERIFY(QFile::remove(recentFile()));
    QCOMPARE(::mkfifo(QFile::encodeName(recentFile()).constData(), 0600), 0);
    // A pipe in its place is passed over, and the join still happens.
    QVERIFY(
        RecentSessions(recentFile()).add(*SessionKey::parse(u"2"_s), QDateTime::currentDateTime()));
    join(u"3"_s);
    QCOMPARE(m_opened.size(), 2);
    QVERIFY(m_app->recentSessions().isEmpty());
}

QTEST_MAIN(TestQuickJoin)
#include "tst_quickjoin.moc"
