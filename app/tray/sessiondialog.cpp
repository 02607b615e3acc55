#include "sessiondialog.h"

#include "app/front/linkcontext.h"
#include "core/pastedkey.h"
#include "plaintext.h"
#include "settingssummary.h"

#include <QAbstractItemView>
#include <QCloseEvent>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace glance {

namespace {

QPushButton *makeButton(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

void showReason(QLabel *label, const QString &reason, bool isError)
{
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
    label->setForegroundRole(isError ? QPalette::BrightText : QPalette::WindowText);
    label->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace

SessionDialog::SessionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Join a Glance session"));

    m_keyField = new QLineEdit(this);
    m_keyField->setPlaceholderText(tr("Paste the session key or the viewer link"));
    m_keyField->setAccessibleName(tr("Session key"));
    m_keyField->setClearButtonEnabled(true);
    m_keyField->setMinimumWidth(320);
    // Room for a chat message around a link; a paste of a whole document is cut to this, then
    // refused by the key rules at once, and typing stays quick.
    m_keyField->setMaxLength(MaxPastedLength);
    m_recentKeys = new QStringListModel(this);
    m_completer = new QCompleter(m_recentKeys, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_keyField->setCompleter(m_completer);
    m_keyField->installEventFilter(this);
    auto *keyLabel = new QLabel(tr("Session &key:"), this);
    keyLabel->setBuddy(m_keyField);

    m_keyStatus = plainLabel(this);
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setAccessibleName(tr("Session key status"));
    m_identitySummary = plainLabel(this);
    m_identitySummary->setWordWrap(true);
    m_identitySummary->setAccessibleName(tr("Identity the link carries"));
    m_identitySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accountSummary = plainLabel(this);
    m_accountSummary->setWordWrap(true);
    m_accountSummary->setAccessibleName(tr("Account the link carries"));
    m_accountSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(keyLabel, m_keyField);
    form->addRow(QString(), m_keyStatus);
    form->addRow(tr("Joins as:"), m_identitySummary);
    form->addRow(tr("Account:"), m_accountSummary);

    m_accountSummaryButton = makeButton(tr("Account &summary"), tr("Account summary"), this);
    m_loginKeyButton = makeButton(tr("&Login key"), tr("Login key"), this);
    m_troubleshootingButton =
        makeButton(tr("SSO &troubleshooting"), tr("SSO troubleshooting"), this);
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_accountSummaryButton);
    accountButtons->addWidget(m_loginKeyButton);
    accountButtons->addWidget(m_troubleshootingButton);
    accountButtons->addStretch();
    m_accountStatus = plainLabel(this);
    m_accountStatus->setWordWrap(true);
    m_accountStatus->setAccessibleName(tr("Account pages status"));
    m_settingsStatus = plainLabel(this);
    m_settingsStatus->setWordWrap(true);
    m_settingsStatus->setAccessibleName(tr("Settings status"));

    m_settingsButton = makeButton(tr("S&ettings…"), tr("Settings"), this);
    m_joinPageButton = makeButton(tr("Join &page"), tr("Open join page"), this);
    m_quitButton = makeButton(tr("&Quit"), tr("Quit Glance Launcher"), this);
    m_quitButton->setVisible(false);
    m_closeButton = makeButton(tr("Close"), tr("Close"), this);
    auto *closeButton = m_closeButton;
    m_joinButton = new QPushButton(tr("&Join"), this);
    m_joinButton->setAccessibleName(tr("Join session"));
    m_joinButton->setDefault(true);
    auto *bottomButtons = new QHBoxLayout;
    bottomButtons->addWidget(m_settingsButton);
    bottomButtons->addWidget(m_joinPageButton);
    bottomButtons->addStretch();
    bottomButtons->addWidget(m_quitButton);
    bottomButtons->addWidget(closeButton);
    bottomButtons->addWidget(m_joinButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(accountButtons);
    layout->addWidget(m_accountStatus);
    layout->addWidget(m_settingsStatus);
    layout->addStretch();
    // Grow with the text of the status lines instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(bottomButtons);

    setTabOrder(m_keyField, m_joinButton);
    setTabOrder(m_joinButton, m_accountSummaryButton);
    setTabOrder(m_accountSummaryButton, m_loginKeyButton);
    setTabOrder(m_loginKeyButton, m_troubleshootingButton);
    setTabOrder(m_troubleshootingButton, m_settingsButton);
    setTabOrder(m_settingsButton, m_joinPageButton);
    setTabOrder(m_joinPageButton, m_quitButton);
    setTabOrder(m_quitButton, closeButton);

    connect(m_keyField, &QLineEdit::textChanged, this, &SessionDialog::updateState);
    connect(m_joinButton, &QPushButton::clicked, this, [this] { request(Request::Action::Join); });
    connect(m_joinPageButton, &QPushButton::clicked, this,
            [this] { request(Request::Action::OpenJoinPage); });
    connect(m_accountSummaryButton, &QPushButton::clicked, this,
            [this] { request(Request::Action::AccountSummary); });
    connect(m_loginKeyButton, &QPushButton::clicked, this,
            [this] { request(Request::Action::LoginKey); });
    connect(m_troubleshootingButton, &QPushButton::clicked, this,
            [this] { request(Request::Action::SsoTroubleshooting); });
    connect(m_settingsButton, &QPushButton::clicked, this, &SessionDialog::settingsRequested);
    connect(m_quitButton, &QPushButton::clicked, this, &SessionDialog::quitRequested);
    connect(closeButton, &QPushButton::clicked, this, &SessionDialog::reject);

    updateState();
}

void SessionDialog::setSettings(const SettingsValues &settings)
{
    m_settings = settings;
    updateState();
}

void SessionDialog::setRecentSessions(const QList<RecentSession> &sessions)
{
    QStringList keys;
    for (const RecentSession &session : sessions) {
        keys << session.key;
    }
    m_recentKeys->setStringList(keys);
}

void SessionDialog::offerKey(const SessionKey &key)
{
    if (!m_keyField->text().trimmed().isEmpty()) {
        return;
    }
    m_keyField->setText(key.toString());
    m_keyField->selectAll();
}

bool SessionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_keyField && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
        !m_completer->popup()->isVisible() && m_recentKeys->rowCount() > 0) {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SessionDialog::setMainWindowRole(bool mainWindow)
{
    m_mainWindow = mainWindow;
    m_quitButton->setVisible(mainWindow);
    // As the app's window, Close would only minimize it: Quit is the way out.
    m_closeButton->setVisible(!mainWindow);
}

void SessionDialog::clearAndClose()
{
    m_keyField->clear();
    if (m_mainWindow) {
        showMinimized();
    } else {
        hide();
    }
}

void SessionDialog::reject()
{
    // A key left in the field would be joined by a later Enter, perhaps for another customer.
    m_keyField->clear();
    if (m_mainWindow) {
        showMinimized();
        return;
    }
    QDialog::reject();
}

void SessionDialog::request(Request::Action action)
{
    Request request;
    request.action = action;
    if (action == Request::Action::Join) {
        request.sessionKey = m_keyField->text();
    }
    Q_EMIT requested(request);
}

void SessionDialog::updateState()
{
    const auto viewer = linkParts(StuKind::Viewer, m_settings);
    const auto joinPage = linkParts(StuKind::JoinPage, m_settings);
    // The account pages carry only the account selector and the server.
    const auto account = linkParts(StuKind::LoginKey, m_settings);
    const auto all = checkedSettings(m_settings);
    showReason(m_settingsStatus,
               all ? QString() : tr("A setting needs fixing: %1").arg(all.problem().message()),
               true);

    m_identitySummary->setText(viewer ? describeIdentity(viewer->identity) : QString());
    QString accountText;
    if (account) {
        accountText = describeAccount(account->selector);
        if (!account->server.isDefault()) {
            accountText += tr(" on %1").arg(account->server.origin());
        }
    }
    m_accountSummary->setText(accountText);

    const QString typed = m_keyField->text();
    QString keyReason;
    if (!viewer) {
        keyReason = tr("Fix the settings first: %1").arg(viewer.problem().message());
        showReason(m_keyStatus, QString(), false);
    } else if (typed.trimmed().isEmpty()) {
        keyReason = tr("Enter the session key the customer gave you.");
        showReason(m_keyStatus, keyReason, false);
    } else if (const auto key = sessionKeyFromPaste(typed)) {
        showReason(m_keyStatus, tr("Joins session %1").arg(key->toString()), false);
    } else {
        keyReason = key.problem().message();
        showReason(m_keyStatus, keyReason, true);
    }
    m_joinButton->setEnabled(keyReason.isEmpty());
    m_joinButton->setToolTip(plainToolTip(keyReason));

    const QString joinPageReason =
        joinPage ? QString() : tr("Fix the settings first: %1").arg(joinPage.problem().message());
    m_joinPageButton->setEnabled(joinPage.ok());
    m_joinPageButton->setToolTip(plainToolTip(joinPageReason));

    QString accountReason;
    if (!account) {
        accountReason = tr("Fix the settings first: %1").arg(account.problem().message());
    } else if (account->selector.isNone()) {
        accountReason = tr("The account pages need your company's account: set a Group ID, "
                           "group name, account token or Glance address in Settings.");
    }
    showReason(m_accountStatus, account ? accountReason : QString(), false);
    for (QPushButton *button :
         {m_accountSummaryButton, m_loginKeyButton, m_troubleshootingButton}) {
        button->setEnabled(accountReason.isEmpty());
        button->setToolTip(plainToolTip(accountReason));
    }
}

} // namespace glance
