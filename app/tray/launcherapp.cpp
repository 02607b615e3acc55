#include "launcherapp.h"

#include "app/front/linkcontext.h"
#include "core/pastedkey.h"
#include "logging.h"
#include "openfaileddialog.h"
#include "sessiondialog.h"
#include "settingsdialog.h"
#include "shortcutdialog.h"
#include "trayicon.h"
#include "urlopener.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>

namespace glance {

namespace {
// How often to look whether a system tray came or went.
constexpr int trayPollMilliseconds = 2000;
} // namespace

LauncherApp::LauncherApp(SettingsStore store, RecentSessions recent,
                         std::unique_ptr<UrlOpener> opener, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_recent(std::move(recent))
    , m_opener(std::move(opener))
    , m_isTrayAvailable(&QSystemTrayIcon::isSystemTrayAvailable)
{
    m_opener->onLaterFailure([this](const QUrl &link, const QString &why) {
        showOpenFailed(QString::fromLatin1(link.toEncoded()), why);
    });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &LauncherApp::readClipboard);
}

LauncherApp::~LauncherApp()
{
    delete m_sessionDialog;
    delete m_settingsDialog;
    // Windows still open go with the app: top-level widgets have no parent to delete them.
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        delete window;
    }
}

void LauncherApp::start()
{
    // The app lives in the tray: closing a dialog never ends it, only Quit does.
    QApplication::setQuitOnLastWindowClosed(false);
    // The icon first, so that the tray embeds it while the rest is read; its menu is filled in
    // before the event loop runs, so before anyone can open it.
    followTray();
    refreshSettings();
    readClipboard();
    // Qt says when a tray appears but not when it goes; asking the X server is one round trip.
    m_trayWatch = new QTimer(this);
    m_trayWatch->setInterval(trayPollMilliseconds);
    connect(m_trayWatch, &QTimer::timeout, this, &LauncherApp::followTray);
    m_trayWatch->start();
}

void LauncherApp::setTrayAvailability(std::function<bool()> isAvailable)
{
    m_isTrayAvailable = std::move(isAvailable);
}

void LauncherApp::followTray()
{
    const bool available = m_isTrayAvailable();
    if (available == m_trayAvailable) {
        return;
    }
    m_trayAvailable = available;
    if (!available) {
        qCInfo(lcTray) << "no system tray: the session-key dialog is the app's window";
        sessionDialog()->setMainWindowRole(true);
        showWindow(sessionDialog());
        return;
    }
    if (!m_trayIcon) {
        m_trayIcon = new TrayIcon(this);
        m_trayIcon->setSettings(m_settings);
        connect(m_trayIcon, &TrayIcon::requested, this, &LauncherApp::carryOutFromGui);
        connect(m_trayIcon, &TrayIcon::menuAboutToShow, this, &LauncherApp::refreshSettings);
        connect(m_trayIcon, &TrayIcon::clearRecentRequested, this,
                &LauncherApp::clearRecentSessions);
        connect(m_trayIcon, &TrayIcon::createShortcutRequested, this,
                &LauncherApp::showShortcutDialog);
        showRecentSessions();
        showClipboardKey();
    }
    m_trayIcon->show();
    if (m_sessionDialog) {
        m_sessionDialog->setMainWindowRole(false);
    }
    qCInfo(lcTray) << "tray icon shown";
}

void LauncherApp::readClipboard()
{
    m_clipboardKey = sessionKeyOnClipboard(QGuiApplication::clipboard()->text());
    showClipboardKey();
}

void LauncherApp::showClipboardKey()
{
    if (m_trayIcon) {
        m_trayIcon->setClipboardKey(m_clipboardKey);
    }
}

void LauncherApp::showRecentSessions()
{
    const auto keep = parseSettingsFlag(m_settings.keepRecent, "history/keepRecent");
    const QList<RecentSession> sessions =
        !keep.ok() || *keep ? m_recent.load() : QList<RecentSession>();
    if (m_trayIcon) {
        m_trayIcon->setRecentSessions(sessions, !keep.ok() || *keep);
    }
    if (m_sessionDialog) {
        m_sessionDialog->setRecentSessions(sessions);
    }
}

void LauncherApp::clearRecentSessions()
{
    if (const auto failure = m_recent.clear()) {
        qCWarning(lcTray) << *failure;
    }
    showRecentSessions();
}

void LauncherApp::showOpenFailed(const QString &link, const QString &why)
{
    showTransient(new OpenFailedDialog(link, why));
}

void LauncherApp::showProblem(const QString &message)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Glance Launcher"), message, QMessageBox::Ok);
    box->setTextFormat(Qt::PlainText);
    showTransient(box);
}

void LauncherApp::quit()
{
    // QCoreApplication::quit() asks every window to close first, and the session dialog, as the
    // app's window, only minimizes. exit() ends the app; queued, so that the answer to whoever
    // asked goes out first.
    QMetaObject::invokeMethod(
        this, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
}

void LauncherApp::refreshSettings()
{
    QStringList userErrors;
    QStringList systemErrors;
    SettingsValues current = m_store.load(&userErrors, &systemErrors);
    if (!userErrors.isEmpty()) {
        if (const auto broken = m_store.setAsideBrokenUserFile()) {
            //: Shown once, when the app finds the user's settings file broken.
            showProblem(tr("Your settings could not be read: %1.\n\nThe file was kept as %2, "
                           "and Glance Launcher now uses the default settings and your "
                           "administrator's. Please check your settings.")
                            .arg(broken->why, broken->keptAs));
            current = m_store.load(nullptr, &systemErrors);
        }
    }
    for (const QString &problem : std::as_const(systemErrors)) {
        if (!m_toldProblems.contains(problem)) {
            m_toldProblems << problem;
            showProblem(tr("Your administrator's settings could not be read: %1.\n\nYour own "
                           "settings are used.")
                            .arg(problem));
        }
    }
    if (current != m_settings) {
        qCInfo(lcTray) << "the settings changed on disk";
        setSettings(current);
    }
}

SessionDialog *LauncherApp::sessionDialog()
{
    if (!m_sessionDialog) {
        m_sessionDialog = new SessionDialog;
        m_sessionDialog->setSettings(m_settings);
        showRecentSessions();
        connect(m_sessionDialog, &SessionDialog::requested, this, [this](const Request &request) {
            // Only a join made in the dialog empties and closes it; one from elsewhere (a CRM
            // button, a shortcut) leaves alone what the agent is typing.
            if (carryOutFromGui(request).code == ExitCode::Success &&
                request.action == Request::Action::Join) {
                m_sessionDialog->clearAndClose();
            }
        });
        connect(m_sessionDialog, &SessionDialog::settingsRequested, this, [this] {
            Request request;
            request.action = Request::Action::ShowSettings;
            carryOut(request);
        });
        connect(m_sessionDialog, &SessionDialog::quitRequested, this, &LauncherApp::quit);
    }
    return m_sessionDialog;
}

SettingsDialog *LauncherApp::settingsDialog()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_store, Autostart());
        connect(m_settingsDialog, &SettingsDialog::saved, this,
                [this] { setSettings(m_store.load()); });
        connect(m_settingsDialog, &SettingsDialog::createShortcutRequested, this,
                &LauncherApp::showShortcutDialog);
    }
    return m_settingsDialog;
}

void LauncherApp::showShortcutDialog()
{
    refreshSettings();
    auto *dialog = new ShortcutDialog(ShortcutDialog::desktopFolder(),
                                      QCoreApplication::applicationFilePath(), m_settings);
    showTransient(dialog);
}

void LauncherApp::setSettings(const SettingsValues &settings)
{
    const auto keep = parseSettingsFlag(settings.keepRecent, "history/keepRecent");
    if (keep.ok() && !*keep) {
        // No history at all: what was kept goes too.
        clearRecentSessions();
    }
    m_settings = settings;
    showRecentSessions();
    if (m_sessionDialog) {
        m_sessionDialog->setSettings(settings);
    }
    if (m_trayIcon) {
        m_trayIcon->setSettings(settings);
    }
    Q_EMIT settingsChanged(settings);
}

void LauncherApp::showTransient(QWidget *window)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_windows.removeAll(nullptr);
    m_windows << window;
    showWindow(window);
}

void LauncherApp::showWindow(QWidget *window)
{
    if (window->isMinimized()) {
        window->showNormal();
    }
    window->show();
    window->raise();
    window->activateWindow();
}

LauncherApp::Outcome LauncherApp::carryOut(const Request &request)
{
    // A forwarded request is checked as if it had been typed here.
    if (const auto problem = request.shapeProblem()) {
        return {ExitCode::BadInput, problem->message()};
    }
    switch (request.action) {
    case Request::Action::Start:
        return {};
    case Request::Action::ShowDialog:
        refreshSettings();
        if (const auto key = m_clipboardKey) {
            sessionDialog()->offerKey(*key);
        }
        showWindow(sessionDialog());
        return {};
    case Request::Action::ShowSettings:
        // An open dialog is only raised: reloading it would throw away what is being typed.
        if (!settingsDialog()->isVisible()) {
            settingsDialog()->setValues(m_store.load());
        }
        showWindow(settingsDialog());
        return {};
    case Request::Action::Quit:
        quit();
        return {};
    case Request::Action::Join:
    case Request::Action::OpenJoinPage:
    case Request::Action::AccountSummary:
    case Request::Action::LoginKey:
    case Request::Action::SsoTroubleshooting:
        return openLink(request);
    }
    return {};
}

LauncherApp::Outcome LauncherApp::answerForwarded(const Request &request)
{
    if (!request.opensLink() || request.shapeProblem()) {
        return carryOut(request);
    }
    refreshSettings();
    const auto stu = stuFor(request, m_settings);
    if (!stu) {
        return {ExitCode::BadInput, stu.problem().message()};
    }
    QTimer::singleShot(0, this,
                       [this, link = *stu, action = request.action] { open(link, action); });
    return {};
}

LauncherApp::Outcome LauncherApp::openLink(const Request &request)
{
    refreshSettings();
    const auto stu = stuFor(request, m_settings);
    if (!stu) {
        return {ExitCode::BadInput, stu.problem().message()};
    }
    return open(*stu, request.action);
}

LauncherApp::Outcome LauncherApp::open(const Stu &link, Request::Action action)
{
    qCInfo(lcTray) << "opening a link to" << link.parts().server.origin();
    if (!m_opener->open(link.toUrl())) {
        showOpenFailed(link.toString(), QString());
        return {ExitCode::OpenFailed, tr("Could not open %1").arg(link.toString())};
    }
    if (action == Request::Action::Join) {
        rememberJoin(m_recent, m_settings, link);
        showRecentSessions();
    }
    return {};
}

LauncherApp::Outcome LauncherApp::carryOutFromGui(const Request &request)
{
    const Outcome outcome = carryOut(request);
    if (outcome.code == ExitCode::BadInput) {
        showProblem(outcome.message);
    }
    return outcome;
}

} // namespace glance
