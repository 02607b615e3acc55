#include "sessiondialog.h"

#include "app/front/linkcontext.h"
#include "core/pastedkey.h"
#include "plaintext.h"
#include "settingssummary.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

    m_settingsButton = makeButton(tr("S&ettings…"), tr("Settings"), this);
    m_joinPageButton = makeButton(tr("Join &page"), tr("Open join page"), this);
    m_quitButton = makeButton(tr("&Quit"), tr("Quit Glance Launcher"), this);
    m_quitButton->setVisible(false);
    auto *closeButton = makeButton(tr("Close"), tr("Close"), this);
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
    layout->addStretch();
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

void SessionDialog::setMainWindowRole(bool mainWindow)
{
    m_mainWindow = mainWindow;
    m_quitButton->setVisible(mainWindow);
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
    const auto context = LinkContext::check(m_settings);
    if (!context) {
        const QString reason = tr("Fix the settings first. %1").arg(context.problem().message());
        m_identitySummary->setText(QString());
        m_accountSummary->setText(QString());
        showReason(m_keyStatus, reason, true);
        showReason(m_accountStatus, reason, true);
        for (QPushButton *button : {m_joinButton, m_joinPageButton, m_accountSummaryButton,
                                    m_loginKeyButton, m_troubleshootingButton}) {
            button->setEnabled(false);
            button->setToolTip(plainToolTip(reason));
        }
        return;
    }

    const StuParts &parts = context->parts();
    m_identitySummary->setText(describeIdentity(parts.identity));
    QString account = describeAccount(parts.selector);
    if (!parts.server.isDefault()) {
        account += tr(" on %1").arg(parts.server.origin());
    }
    m_accountSummary->setText(account);
    m_joinPageButton->setEnabled(true);
    m_joinPageButton->setToolTip(QString());

    const QString typed = m_keyField->text();
    QString keyReason;
    bool keyValid = false;
    if (typed.trimmed().isEmpty()) {
        keyReason = tr("Enter the session key the customer gave you.");
        showReason(m_keyStatus, keyReason, false);
    } else if (const auto key = sessionKeyFromPaste(typed)) {
        keyValid = true;
        showReason(m_keyStatus, tr("Joins session %1").arg(key->toString()), false);
    } else {
        keyReason = key.problem().message();
        showReason(m_keyStatus, keyReason, true);
    }
    m_joinButton->setEnabled(keyValid);
    m_joinButton->setToolTip(plainToolTip(keyReason));

    const bool hasSelector = !parts.selector.isNone();
    const QString accountReason =
        hasSelector ? QString()
                    : tr("The account pages need an account selector: set a Group ID, group "
                         "name, account token or Glance address in Settings.");
    showReason(m_accountStatus, accountReason, false);
    for (QPushButton *button :
         {m_accountSummaryButton, m_loginKeyButton, m_troubleshootingButton}) {
        button->setEnabled(hasSelector);
        button->setToolTip(plainToolTip(accountReason));
    }
}

} // namespace glance
