#pragma once

#include "app/front/recentsessions.h"
#include "app/front/request.h"
#include "app/front/settingsvalues.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace glance {

// The icon in the system tray and its menu, which holds every function of the app: some trays
// never deliver clicks, so nothing is reachable only by clicking the icon.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();
    bool isVisible() const;
    void setSettings(const SettingsValues &settings);
    // "Join 1234 from clipboard" at the top of the menu while the clipboard holds a key.
    void setClipboardKey(const std::optional<SessionKey> &key);
    // The "Recent sessions" submenu; hidden when the settings keep no history.
    void setRecentSessions(const QList<RecentSession> &sessions, bool keepRecent);

    QMenu *menu() const { return m_menu; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *action(Request::Action action) const;
    QAction *clipboardAction() const { return m_clipboardAction; }

Q_SIGNALS:
    void requested(const glance::Request &request);
    void menuAboutToShow();
    void clearRecentRequested();
    void createShortcutRequested();

private:
    QAction *addRequestAction(const QString &text, Request::Action action);
    void requestJoin(const QString &key);

    QMenu *m_menu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_clipboardAction = nullptr;
    std::optional<SessionKey> m_clipboardKey;
    QSystemTrayIcon *m_icon = nullptr;
    QList<QAction *> m_actions;
};

// The app's icon at every size the resources hold.
QIcon appIcon();

} // namespace glance
