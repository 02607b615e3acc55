#include "shortcutdialog.h"

#include "app/front/shortcuts.h"
#include "core/pastedkey.h"
#include "plaintext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace glance {

ShortcutDialog::ShortcutDialog(QString folder, QString program, QWidget *parent)
    : QDialog(parent)
    , m_folder(std::move(folder))
    , m_program(std::move(program))
{
    setWindowTitle(tr("Create a desktop shortcut"));

    m_action = new QComboBox(this);
    m_action->setAccessibleName(tr("What the shortcut does"));
    using Action = Request::Action;
    m_action->addItem(tr("Join a session (asks for the key)"), int(Action::ShowDialog));
    m_action->addItem(tr("Join one session…"), int(Action::Join));
    m_action->addItem(tr("Open the join page"), int(Action::OpenJoinPage));
    m_action->addItem(tr("Account summary"), int(Action::AccountSummary));
    m_action->addItem(tr("Login key"), int(Action::LoginKey));
    m_action->addItem(tr("SSO troubleshooting"), int(Action::SsoTroubleshooting));
    m_action->addItem(tr("Settings"), int(Action::ShowSettings));

    m_key = new QLineEdit(this);
    m_key->setAccessibleName(tr("Session key for the shortcut"));
    m_key->setPlaceholderText(tr("The session key, or a viewer link"));
    m_status = plainLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Shortcut status"));

    auto *form = new QFormLayout;
    form->addRow(tr("&The shortcut:"), m_action);
    form->addRow(tr("Session &key:"), m_key);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setAccessibleName(tr("Create the shortcut"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShortcutDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShortcutDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &ShortcutDialog::updateState);
    connect(m_key, &QLineEdit::textChanged, this, &ShortcutDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    updateState();
}

void ShortcutDialog::updateState()
{
    const bool fixedKey = Request::Action(m_action->currentData().toInt()) == Request::Action::Join;
    m_key->setEnabled(fixedKey);
    QString reason;
    if (fixedKey) {
        const auto key = sessionKeyFromPaste(m_key->text());
        reason = m_key->text().trimmed().isEmpty() ? tr("Enter the session key.")
                 : key                             ? QString()
                                                   : key.problem().message();
    }
    m_status->setText(reason);
    m_create->setEnabled(reason.isEmpty());
    m_create->setToolTip(plainToolTip(reason));
}

void ShortcutDialog::accept()
{
    ShortcutTarget target;
    target.action = Request::Action(m_action->currentData().toInt());
    if (target.action == Request::Action::Join) {
        const auto key = sessionKeyFromPaste(m_key->text());
        if (!key) {
            return;
        }
        target.sessionKey = *key;
    }
    const QString path = m_folder + QLatin1Char('/') + shortcutFileName(target);
    if (const auto failure = writeDesktopEntry(desktopShortcut(target, m_program), path, true)) {
        m_status->setText(*failure);
        return;
    }
    m_written = path;
    QDialog::accept();
}

} // namespace glance
