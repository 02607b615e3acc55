#include "shortcutdialog.h"

#include "app/front/linkcontext.h"
#include "app/front/shortcuts.h"
#include "core/pastedkey.h"
#include "plaintext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace glance {

QString ShortcutDialog::desktopFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("XDG_DESKTOP_DIR");
    if (QDir::isAbsolutePath(fromEnvironment)) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DesktopLocation);
}

ShortcutDialog::ShortcutDialog(QString folder, QString program, const SettingsValues &settings,
                               QWidget *parent)
    : QDialog(parent)
    , m_folder(std::move(folder))
    , m_program(std::move(program))
{
    setWindowTitle(tr("Create a desktop shortcut"));

    m_action = new QComboBox(this);
    m_action->setAccessibleName(tr("What the shortcut opens"));
    using Action = Request::Action;
    m_action->addItem(tr("Join a session (asks for the key)"), int(Action::ShowDialog));
    m_action->addItem(tr("Join one fixed session"), int(Action::Join));
    m_action->addItem(tr("Open the join page"), int(Action::OpenJoinPage));
    m_action->addItem(tr("Account summary"), int(Action::AccountSummary));
    m_action->addItem(tr("Login key"), int(Action::LoginKey));
    m_action->addItem(tr("SSO troubleshooting"), int(Action::SsoTroubleshooting));
    m_action->addItem(tr("Settings"), int(Action::ShowSettings));
    // The account pages only open with the company's account: no shortcut that can only fail.
    const auto account = linkParts(StuKind::LoginKey, settings);
    if (!account || account->selector.isNone()) {
        auto *model = qobject_cast<QStandardItemModel *>(m_action->model());
        for (Action page : {Action::AccountSummary, Action::LoginKey, Action::SsoTroubleshooting}) {
            QStandardItem *item = model->item(m_action->findData(int(page)));
            item->setEnabled(false);
            item->setToolTip(tr("Needs your company's account: set it in Settings first."));
        }
    }

    m_key = new QLineEdit(this);
    m_key->setAccessibleName(tr("Session key for the shortcut"));
    m_key->setPlaceholderText(tr("The session key, or a viewer link"));
    m_status = plainLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Shortcut status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Shortcut &opens:"), m_action);
    form->addRow(tr("Session &key:"), m_key);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
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

void ShortcutDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    // Word-wrapped text does not make a laid-out dialog taller by itself.
    adjustSize();
}

QString ShortcutDialog::targetPath() const
{
    ShortcutTarget target;
    target.action = Request::Action(m_action->currentData().toInt());
    if (target.action == Request::Action::Join) {
        const auto key = sessionKeyFromPaste(m_key->text());
        if (!key) {
            return {};
        }
        target.sessionKey = *key;
    }
    return m_folder + QLatin1Char('/') + shortcutFileName(target);
}

void ShortcutDialog::updateState()
{
    m_confirmedReplace.clear();
    m_create->setText(tr("C&reate"));
    const bool fixedKey = Request::Action(m_action->currentData().toInt()) == Request::Action::Join;
    m_key->setEnabled(fixedKey);
    QString reason;
    if (fixedKey) {
        const auto key = sessionKeyFromPaste(m_key->text());
        reason = m_key->text().trimmed().isEmpty() ? tr("Enter the session key.")
                 : key                             ? QString()
                                                   : key.problem().message();
    }
    showStatus(reason);
    m_create->setEnabled(reason.isEmpty());
    m_create->setToolTip(plainToolTip(reason));
}

void ShortcutDialog::accept()
{
    const QString path = targetPath();
    if (path.isEmpty()) {
        return;
    }
    // Replacing someone's file wants a second press.
    if (QFileInfo::exists(path) && m_confirmedReplace != path) {
        m_confirmedReplace = path;
        m_create->setText(tr("&Replace"));
        showStatus(tr("%1 is already there. Press Replace to write over it.")
                       .arg(QDir::toNativeSeparators(path)));
        return;
    }
    ShortcutTarget target;
    target.action = Request::Action(m_action->currentData().toInt());
    if (target.action == Request::Action::Join) {
        target.sessionKey = *sessionKeyFromPaste(m_key->text());
    }
    if (const auto failure = writeDesktopEntry(desktopShortcut(target, m_program), path, true)) {
        showStatus(*failure);
        return;
    }
    m_written = path;
    m_confirmedReplace.clear();
    m_create->setText(tr("C&reate"));
    showStatus(tr("The shortcut is on your desktop: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace glance
