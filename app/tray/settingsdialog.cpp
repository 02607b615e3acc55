#include "settingsdialog.h"

#include "app/front/linkcontext.h"
#include "plaintext.h"
#include "settingssummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace glance {

namespace {

QLineEdit *makeField(const QString &accessibleName, const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setAccessibleName(accessibleName);
    field->setPlaceholderText(placeholder);
    return field;
}

// Shows the stored text even when it is not one of the choices, so that opening and saving the
// dialog never changes a value the user did not touch.
constexpr int NotValidRole = Qt::UserRole + 1;

void selectData(QComboBox *box, const QString &value)
{
    for (int i = box->count() - 1; i >= 0; --i) {
        if (box->itemData(i, NotValidRole).toBool()) {
            box->removeItem(i);
        }
    }
    int index = box->findData(value.trimmed().toLower());
    if (index < 0) {
        box->addItem(
            QCoreApplication::translate("glance::SettingsDialog", "%1 (not valid)").arg(value),
            value);
        index = box->count() - 1;
        box->setItemData(index, true, NotValidRole);
    }
    box->setCurrentIndex(index);
}

} // namespace

SettingsDialog::SettingsDialog(SettingsStore &store, Autostart autostart, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_autostart(std::move(autostart))
{
    setWindowTitle(tr("Glance Launcher settings"));

    m_name = makeField(tr("Name"), tr("Shown to the customer"), this);
    m_email = makeField(tr("Email"), tr("user@example.com"), this);
    m_phone = makeField(tr("Phone"), tr("(111)222-3333"), this);
    auto *identity = new QGroupBox(tr("Identity the customer sees"), this);
    auto *identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("&Name:"), m_name);
    addLockNote(identityForm, "identity/name", {m_name});
    identityForm->addRow(tr("&Email:"), m_email);
    addLockNote(identityForm, "identity/email", {m_email});
    identityForm->addRow(tr("&Phone:"), m_phone);
    addLockNote(identityForm, "identity/phone", {m_phone});

    m_selector = new QComboBox(this);
    m_selector->setAccessibleName(tr("Account selector"));
    using Kind = AccountSelector::Kind;
    for (Kind kind :
         {Kind::None, Kind::GroupId, Kind::GroupName, Kind::AccountToken, Kind::GlanceAddress}) {
        m_selector->addItem(selectorKindName(kind), AccountSelector::keyOf(kind));
    }
    m_selectorValue = makeField(tr("Account selector value"), QString(), this);
    auto *account = new QGroupBox(tr("Account (SAML single sign-on)"), this);
    auto *accountForm = new QFormLayout(account);
    accountForm->addRow(tr("&Account selector:"), m_selector);
    accountForm->addRow(tr("Va&lue:"), m_selectorValue);
    addLockNote(accountForm, "account/selector", {m_selector, m_selectorValue});

    m_sameWindow = new QCheckBox(tr("Open the viewer in the join page's &window"), this);
    m_sameWindow->setAccessibleName(tr("Open the viewer in the same window"));
    m_mode = new QComboBox(this);
    m_mode->setAccessibleName(tr("Join page prompt"));
    m_mode->addItem(tr("Glance's default"), QString());
    m_mode->addItem(tr("Universal join"), joinModeValue(JoinMode::UniversalJoin));
    m_mode->addItem(tr("Chat invitation"), joinModeValue(JoinMode::ChatInvitation));
    m_mode->addItem(tr("SMS invitation"), joinModeValue(JoinMode::SmsInvitation));
    auto *joinPage = new QGroupBox(tr("Join page"), this);
    auto *joinForm = new QFormLayout(joinPage);
    joinForm->addRow(m_sameWindow);
    addLockNote(joinForm, "join/viewerSameWindow", {m_sameWindow});
    joinForm->addRow(tr("P&rompt:"), m_mode);
    addLockNote(joinForm, "join/mode", {m_mode});

    m_server = makeField(tr("Server"), Server::defaultOrigin(), this);
    auto *serverForm = new QFormLayout;
    serverForm->addRow(tr("Ser&ver:"), m_server);
    addLockNote(serverForm, "service/server", {m_server});
    m_keepRecent = new QCheckBox(tr("&Keep a list of the last sessions joined"), this);
    m_keepRecent->setAccessibleName(tr("Keep a list of recent sessions"));
    serverForm->addRow(m_keepRecent);
    addLockNote(serverForm, "history/keepRecent", {m_keepRecent});
    m_startAtLogin = new QCheckBox(tr("&Start Glance Launcher when I log in"), this);
    m_startAtLogin->setAccessibleName(tr("Start at login"));
    serverForm->addRow(m_startAtLogin);
    auto *shortcut = new QPushButton(tr("Create &desktop shortcut…"), this);
    shortcut->setAccessibleName(tr("Create desktop shortcut"));
    shortcut->setAutoDefault(false);
    connect(shortcut, &QPushButton::clicked, this, &SettingsDialog::createShortcutRequested);
    serverForm->addRow(shortcut);

    m_problem = plainLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_selector, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateSelectorField);
    // A problem shown for what was typed goes once the typing goes on.
    const auto forgetProblem = [this] {
        m_problem->setVisible(false);
    };
    for (QLineEdit *field : {m_name, m_email, m_phone, m_selectorValue, m_server}) {
        connect(field, &QLineEdit::textEdited, this, forgetProblem);
    }
    connect(m_selector, &QComboBox::activated, this, forgetProblem);
    connect(m_mode, &QComboBox::activated, this, forgetProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identity);
    layout->addWidget(account);
    layout->addWidget(joinPage);
    layout->addLayout(serverForm);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Grow with the problem text instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    setValues(SettingsValues());
}

void SettingsDialog::addLockNote(QFormLayout *form, const char *key, const QList<QWidget *> &fields)
{
    auto *note = plainLabel(this);
    note->setText(tr("Set by your administrator."));
    note->setAccessibleName(tr("Set by your administrator"));
    QFont font = note->font();
    font.setItalic(true);
    note->setFont(font);
    note->setVisible(false);
    form->addRow(QString(), note);
    m_locks.append({QLatin1String(key), fields, note});
}

void SettingsDialog::showLocks(const QStringList &locked)
{
    for (const Lock &lock : std::as_const(m_locks)) {
        const bool isLocked = locked.contains(lock.key);
        lock.note->setVisible(isLocked);
        for (QWidget *field : lock.fields) {
            // A locked text stays readable and selectable; a choice cannot be made.
            if (auto *edit = qobject_cast<QLineEdit *>(field)) {
                edit->setReadOnly(isLocked);
            } else {
                field->setEnabled(!isLocked);
            }
            field->setToolTip(isLocked ? plainToolTip(lock.note->text()) : QString());
        }
    }
}

void SettingsDialog::setValues(const SettingsValues &values)
{
    m_loaded = values;
    m_name->setText(values.name);
    m_email->setText(values.email);
    m_phone->setText(values.phone);
    selectData(m_selector, values.selector);
    m_selectorValue->setText(values.selectorValue);
    const auto sameWindow = parseSettingsFlag(values.viewerSameWindow, "join/viewerSameWindow");
    m_sameWindow->setChecked(sameWindow.ok() && *sameWindow);
    selectData(m_mode, values.mode);
    m_server->setText(values.server);
    const auto keepRecent = parseSettingsFlag(values.keepRecent, "history/keepRecent");
    m_keepRecent->setChecked(!keepRecent.ok() || *keepRecent);
    m_loadedKeepRecent = m_keepRecent->isChecked();
    m_startAtLogin->setChecked(m_autostart.isEnabled());
    showLocks(values.locked);
    m_loadedSelectorIndex = m_selector->currentIndex();
    m_loadedModeIndex = m_mode->currentIndex();
    m_loadedSameWindow = m_sameWindow->isChecked();
    updateSelectorField();

    QStringList messages;
    for (const Problem &problem : settingsProblems(values)) {
        messages << problem.message();
    }
    m_problem->setText(messages.join(QLatin1Char('\n')));
    m_problem->setVisible(!messages.isEmpty());
}

SettingsValues SettingsDialog::editsAppliedTo(SettingsValues base) const
{
    // A locked key keeps what the files say: the fields for it are read-only anyway.
    const QStringList locked = base.locked + m_loaded.locked;
    // An edited value replaces the base's, and so whatever could not be read there.
    const auto take = [&base, &locked](QString SettingsValues::*member, const char *key,
                                       const QString &value) {
        if (locked.contains(QLatin1String(key))) {
            return;
        }
        base.*member = value;
        base.unreadable.removeAll(QLatin1String(key));
    };
    const auto takeIfEdited = [&](QString SettingsValues::*member, const char *key,
                                  const QString &shown) {
        if (shown != m_loaded.*member) {
            take(member, key, shown);
        }
    };
    const auto flag = [](bool on) {
        return on ? QStringLiteral("true") : QStringLiteral("false");
    };

    takeIfEdited(&SettingsValues::name, "identity/name", m_name->text());
    takeIfEdited(&SettingsValues::email, "identity/email", m_email->text());
    takeIfEdited(&SettingsValues::phone, "identity/phone", m_phone->text());
    takeIfEdited(&SettingsValues::server, "service/server", m_server->text());
    // The selector and its value are one setting: both or neither.
    const QString selector = m_selector->currentIndex() != m_loadedSelectorIndex
                                 ? m_selector->currentData().toString()
                                 : m_loaded.selector;
    // With no selector the value field is off: what it still shows does not count.
    QString selectorValue = m_selectorValue->text();
    if (selector == u"none") {
        selectorValue = selector == m_loaded.selector ? m_loaded.selectorValue : QString();
    }
    if (selector != m_loaded.selector || selectorValue != m_loaded.selectorValue) {
        take(&SettingsValues::selector, "account/selector", selector);
        take(&SettingsValues::selectorValue, "account/value", selectorValue);
    }
    if (m_sameWindow->isChecked() != m_loadedSameWindow) {
        take(&SettingsValues::viewerSameWindow, "join/viewerSameWindow",
             flag(m_sameWindow->isChecked()));
    }
    if (m_mode->currentIndex() != m_loadedModeIndex) {
        take(&SettingsValues::mode, "join/mode", m_mode->currentData().toString());
    }
    if (m_keepRecent->isChecked() != m_loadedKeepRecent) {
        take(&SettingsValues::keepRecent, "history/keepRecent", flag(m_keepRecent->isChecked()));
    }
    return base;
}

void SettingsDialog::updateSelectorField()
{
    const auto kind = AccountSelector::kindOf(m_selector->currentData().toString());
    const bool none = !kind || *kind == AccountSelector::Kind::None;
    m_selectorValue->setEnabled(!none);
    m_selectorValue->setReadOnly(m_loaded.isLocked("account/value"));
    QString placeholder;
    if (kind == AccountSelector::Kind::GroupId) {
        placeholder = tr("12345");
    } else if (kind == AccountSelector::Kind::GlanceAddress) {
        placeholder = tr("agnes.acme.glance.net");
    }
    m_selectorValue->setPlaceholderText(placeholder);
}

QWidget *SettingsDialog::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_name;
    case Field::Email:
        return m_email;
    case Field::Phone:
        return m_phone;
    case Field::AccountSelector:
        return m_selector;
    case Field::GroupId:
    case Field::GroupName:
    case Field::AccountToken:
    case Field::GlanceAddress:
        return m_selectorValue;
    case Field::JoinMode:
        return m_mode;
    case Field::Server:
        return m_server;
    case Field::Settings:
        return m_sameWindow;
    default:
        return nullptr;
    }
}

void SettingsDialog::accept()
{
    const SettingsValues chosen = editsAppliedTo(m_store.load());
    const QList<Problem> problems = settingsProblems(chosen);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const Problem &problem : problems) {
            messages << problem.message();
        }
        m_problem->setText(messages.join(QLatin1Char('\n')));
        m_problem->setVisible(true);
        if (QWidget *field = fieldWidget(problems.constFirst().field())) {
            field->setFocus();
        }
        return;
    }
    if (const auto failure = m_store.save(chosen)) {
        m_problem->setText(*failure);
        m_problem->setVisible(true);
        return;
    }
    if (m_startAtLogin->isChecked() != m_autostart.isEnabled()) {
        const auto failure = m_startAtLogin->isChecked()
                                 ? m_autostart.enable(QCoreApplication::applicationFilePath())
                                 : m_autostart.disable();
        if (failure) {
            Q_EMIT saved(chosen);
            m_problem->setText(tr("The settings are saved, but: %1").arg(*failure));
            m_problem->setVisible(true);
            return;
        }
    }
    m_problem->setVisible(false);
    Q_EMIT saved(chosen);
    QDialog::accept();
}
} // namespace glance
