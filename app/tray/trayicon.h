#pragma once

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

    QMenu *menu() const { return m_menu; }
    QAction *action(Request::Action action) const;

Q_SIGNALS:
    void requested(const glance::Request &request);
    void menuAboutToShow();

private:
    QAction *addRequestAction(const QString &text, Request::Action action);

    QMenu *m_menu = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    QList<QAction *> m_actions;
};

// The app's icon at every size the resources hold.
QIcon appIcon();

} // namespace glance
