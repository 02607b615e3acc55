#include "trayicon.h"

#include "app/front/linkcontext.h"
#include "plaintext.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace glance {

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 44, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/glance-launcher-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_menu->setToolTipsVisible(true);
    addRequestAction(tr("&Join session…"), Request::Action::ShowDialog);
    addRequestAction(tr("Open join &page"), Request::Action::OpenJoinPage);
    m_menu->addSeparator();
    addRequestAction(tr("Account &summary"), Request::Action::AccountSummary);
    addRequestAction(tr("&Login key"), Request::Action::LoginKey);
    addRequestAction(tr("SSO &troubleshooting"), Request::Action::SsoTroubleshooting);
    m_menu->addSeparator();
    addRequestAction(tr("S&ettings…"), Request::Action::ShowSettings);
    m_menu->addSeparator();
    addRequestAction(tr("&Quit"), Request::Action::Quit);

    m_icon = new QSystemTrayIcon(appIcon(), this);
    m_icon->setToolTip(tr("Glance Launcher"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                    Request request;
                    request.action = Request::Action::ShowDialog;
                    Q_EMIT requested(request);
                }
            });
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::show()
{
    m_icon->show();
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

QAction *TrayIcon::addRequestAction(const QString &text, Request::Action action)
{
    QAction *menuAction = m_menu->addAction(text);
    menuAction->setData(int(action));
    connect(menuAction, &QAction::triggered, this, [this, action] {
        Request request;
        request.action = action;
        Q_EMIT requested(request);
    });
    m_actions << menuAction;
    return menuAction;
}

QAction *TrayIcon::action(Request::Action action) const
{
    for (QAction *menuAction : m_actions) {
        if (menuAction->data().toInt() == int(action)) {
            return menuAction;
        }
    }
    return nullptr;
}

void TrayIcon::setSettings(const SettingsValues &settings)
{
    const auto context = LinkContext::check(settings);
    QString reason;
    if (!context) {
        reason = tr("Fix the settings first. %1").arg(context.problem().message());
    } else if (context->parts().selector.isNone()) {
        reason = tr("Needs an account selector: set one in Settings.");
    }
    for (auto kind : {Request::Action::AccountSummary, Request::Action::LoginKey,
                      Request::Action::SsoTroubleshooting}) {
        action(kind)->setEnabled(reason.isEmpty());
        action(kind)->setToolTip(plainToolTip(reason));
    }
    QAction *joinPage = action(Request::Action::OpenJoinPage);
    joinPage->setEnabled(context.ok());
    joinPage->setToolTip(context ? QString() : plainToolTip(reason));
}

} // namespace glance
