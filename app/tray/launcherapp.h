#pragma once

#include "app/front/exitcode.h"
#include "app/front/recentsessions.h"
#include "app/front/request.h"
#include "app/front/settingsstore.h"
#include "core/stu.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace glance {

class SessionDialog;
class SettingsDialog;
class ShortcutDialog;
class TrayIcon;
class UrlOpener;

// The running tray app: carries out every request, whichever way it came in, and owns the
// tray icon, the dialogs and the settings they show. Dialogs are built when first shown.
class LauncherApp : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        ExitCode code = ExitCode::Success;
        QString message;
    };

    LauncherApp(SettingsStore store, RecentSessions recent, std::unique_ptr<UrlOpener> opener,
                QObject *parent = nullptr);
    ~LauncherApp() override;

    // Shows the tray icon, or, with no system tray, the session-key dialog as the app's window
    // until a tray appears.
    void start();
    // How to tell whether a system tray is there; QSystemTrayIcon's answer unless replaced
    // (tests stand in a tray on platforms that have none).
    void setTrayAvailability(std::function<bool()> isAvailable);
    // The one place a request is carried out.
    Outcome carryOut(const Request &request);
    // For a later launch, which waits for the answer: a link is checked and the answer given at
    // once, and the browser started after it has gone, so that starting one does not hold the
    // launch up. A browser that then fails shows the link here, in the app's window.
    Outcome answerForwarded(const Request &request);

    const SettingsValues &settings() const { return m_settings; }
    // A refusal in a window of its own, for launches that have nowhere else to show it.
    void showProblem(const QString &message);
    // The link that no browser took, with a button to copy it.
    void showOpenFailed(const QString &link, const QString &why);
    // Ends the app, after whoever asked has had the answer.
    void quit();
    QList<RecentSession> recentSessions() const { return m_recent.load(); }
    void clearRecentSessions();
    SessionDialog *sessionDialog();
    SettingsDialog *settingsDialog();
    // Built each time: it writes to the desktop folder and reads nothing worth keeping.
    void showShortcutDialog();
    TrayIcon *trayIcon() const { return m_trayIcon; }

Q_SIGNALS:
    void settingsChanged(const glance::SettingsValues &settings);

private:
    Outcome openLink(const Request &request);
    Outcome open(const Stu &link, Request::Action action);
    void showWindow(QWidget *window);
    // Shows a window that deletes itself when closed, or with the app.
    void showTransient(QWidget *window);
    // Follows the system tray as it comes and goes: the icon when there is one, else the
    // session-key dialog as the app's window.
    void followTray();
    // Reads the settings again: the files may have been edited, or the administrator's changed,
    // since the app started. Cheap, and done just before the settings are used.
    void refreshSettings();
    void setSettings(const SettingsValues &settings);
    // Carries out a request made in the menu or a dialog, and shows a refusal in a window.
    Outcome carryOutFromGui(const Request &request);
    void showRecentSessions();
    // Reads the clipboard once each time it changes: on X11 a read waits for the clipboard's
    // owner, up to seconds when that program hangs, so no request reads it while it is served.
    void readClipboard();
    void showClipboardKey();

    SettingsStore m_store;
    SettingsValues m_settings;
    RecentSessions m_recent;
    std::optional<SessionKey> m_clipboardKey; // offered by the tray menu and the dialog
    QStringList m_toldProblems;               // about the system-wide file, told once a run
    std::unique_ptr<UrlOpener> m_opener;
    TrayIcon *m_trayIcon = nullptr;
    QTimer *m_trayWatch = nullptr;
    std::optional<bool> m_trayAvailable; // unknown until first looked at
    std::function<bool()> m_isTrayAvailable;
    QPointer<SessionDialog> m_sessionDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    QList<QPointer<QWidget>> m_windows;
};

} // namespace glance
