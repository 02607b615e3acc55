#include "trayicon.h"

#include "app/front/linkcontext.h"
#include "plaintext.h"

#include <QDate>
#include <QGuiApplication>
#include <QImageReader>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace glance {

QIcon appIcon()
{
    // Read as PNG, and only so: QIcon::addFile, and QImageReader when it may guess, first ask
    // every image plugin about the file, and so load all of them into the app for good. Sizes
    // up to 2x of a large panel; menus and window lists take the installed theme's icon.
    QIcon icon;
    for (int size : {16, 22, 24, 32, 44, 48, 64}) {
        QImageReader reader(QStringLiteral(":/icons/glance-launcher-%1.png").arg(size), "png");
        reader.setAutoDetectImageFormat(false);
        icon.addPixmap(QPixmap::fromImage(reader.read()));
    }
    return icon;
}

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::menuAboutToShow);
    m_clipboardAction = m_menu->addAction(QString());
    m_clipboardAction->setVisible(false);
    connect(m_clipboardAction, &QAction::triggered, this, [this] {
        if (m_clipboardKey) {
            requestJoin(m_clipboardKey->toString());
        }
    });
    addRequestAction(tr("&Join session…"), Request::Action::ShowDialog);
    m_recentMenu = m_menu->addMenu(tr("&Recent sessions"));
    addRequestAction(tr("Open join &page"), Request::Action::OpenJoinPage);
    m_menu->addSeparator();
    addRequestAction(tr("Account &summary"), Request::Action::AccountSummary);
    addRequestAction(tr("&Login key"), Request::Action::LoginKey);
    addRequestAction(tr("SSO &troubleshooting"), Request::Action::SsoTroubleshooting);
    m_menu->addSeparator();
    addRequestAction(tr("S&ettings…"), Request::Action::ShowSettings);
    connect(m_menu->addAction(tr("Create desktop s&hortcut…")), &QAction::triggered, this,
            &TrayIcon::createShortcutRequested);
    m_menu->addSeparator();
    addRequestAction(tr("&Quit"), Request::Action::Quit);

    // The module has set the app's icon already; read it again only where it has not (tests).
    const QIcon icon = QGuiApplication::windowIcon();
    m_icon = new QSystemTrayIcon(icon.isNull() ? appIcon() : icon, this);
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

void TrayIcon::requestJoin(const QString &key)
{
    Request request;
    request.action = Request::Action::Join;
    request.sessionKey = key;
    Q_EMIT requested(request);
}

void TrayIcon::setClipboardKey(const std::optional<SessionKey> &key)
{
    m_clipboardKey = key;
    m_clipboardAction->setVisible(key.has_value());
    if (key) {
        //: The tray menu's first item while the clipboard holds a session key.
        m_clipboardAction->setText(tr("Join %1 from &clipboard").arg(key->toString()));
    }
}

void TrayIcon::setRecentSessions(const QList<RecentSession> &sessions, bool keepRecent)
{
    m_recentMenu->menuAction()->setVisible(keepRecent);
    m_recentMenu->clear();
    m_recentMenu->setEnabled(!sessions.isEmpty());
    const QDate today = QDate::currentDate();
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const RecentSession &session = sessions.at(i);
        const QDateTime joined = session.joinedAt.toLocalTime();
        const QString when = joined.date() == today
                                 ? QLocale().toString(joined.time(), QLocale::ShortFormat)
                                 : QLocale().toString(joined, QLocale::ShortFormat);
        // Digits 1 to 9, then 0, choose the first ten from the keyboard.
        const QString mnemonic = QString::number((i + 1) % 10);
        QAction *item =
            m_recentMenu->addAction(tr("&%1  %2, joined %3").arg(mnemonic, session.key, when));
        connect(item, &QAction::triggered, this, [this, key = session.key] { requestJoin(key); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("C&lear recent sessions"));
    connect(clear, &QAction::triggered, this, &TrayIcon::clearRecentRequested);
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
    const auto account = linkParts(StuKind::LoginKey, settings);
    QString reason;
    if (!account) {
        reason = tr("Fix the settings first: %1").arg(account.problem().message());
    } else if (account->selector.isNone()) {
        reason = tr("Needs your company's account: set it in Settings.");
    }
    for (auto kind : {Request::Action::AccountSummary, Request::Action::LoginKey,
                      Request::Action::SsoTroubleshooting}) {
        action(kind)->setEnabled(reason.isEmpty());
        action(kind)->setToolTip(plainToolTip(reason));
    }
    const auto joinPage = linkParts(StuKind::JoinPage, settings);
    QAction *joinPageAction = action(Request::Action::OpenJoinPage);
    joinPageAction->setEnabled(joinPage.ok());
    joinPageAction->setToolTip(
        joinPage
            ? QString()
            : plainToolTip(tr("Fix the settings first: %1").arg(joinPage.problem().message())));
}

} // namespace glance
