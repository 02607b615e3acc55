#pragma once

#include "app/front/settingsstore.h"
#include "app/front/settingsvalues.h"
#include "app/front/shortcuts.h"
#include "core/problem.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;

namespace glance {

// Identity, account selector, join-page options and server. Save checks every value by the
// same rules the links use; an invalid value or a failed write keeps the dialog open and says
// why, and nothing is reported saved.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // autostart: the user's login entry, shown as "Start at login".
    SettingsDialog(SettingsStore &store, Autostart autostart, QWidget *parent = nullptr);

    void setValues(const SettingsValues &values);
    // What the dialog shows: the values given to setValues with the user's edits.
    SettingsValues values() const { return editsAppliedTo(m_loaded); }
    // Only the fields the user edited, over base. Save applies them to what the files hold at
    // that moment, so an edit made by hand or by an administrator meanwhile is not undone.
    SettingsValues editsAppliedTo(SettingsValues base) const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *phoneField() const { return m_phone; }
    QComboBox *selectorBox() const { return m_selector; }
    QLineEdit *selectorValueField() const { return m_selectorValue; }
    QCheckBox *sameWindowBox() const { return m_sameWindow; }
    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *serverField() const { return m_server; }
    QCheckBox *keepRecentBox() const { return m_keepRecent; }
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void saved(const glance::SettingsValues &values);
    void createShortcutRequested();

public Q_SLOTS:
    void accept() override;

private:
    void updateSelectorField();
    // A note under the fields of key, shown with the fields read-only while key is locked.
    void addLockNote(QFormLayout *form, const char *key, const QList<QWidget *> &fields);
    void showLocks(const QStringList &locked);
    QWidget *fieldWidget(Field field) const;

    SettingsStore &m_store;
    Autostart m_autostart;
    // What setValues gave: a value the user did not touch is returned exactly so, never in a
    // normalized spelling that would then differ from the administrator's file.
    SettingsValues m_loaded;
    int m_loadedSelectorIndex = 0;
    int m_loadedModeIndex = 0;
    bool m_loadedSameWindow = false;
    bool m_loadedKeepRecent = true;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_selector = nullptr;
    QLineEdit *m_selectorValue = nullptr;
    QCheckBox *m_sameWindow = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_server = nullptr;
    QCheckBox *m_keepRecent = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QLabel *m_problem = nullptr;
    struct Lock
    {
        QString key;
        QList<QWidget *> fields;
        QLabel *note;
    };
    QList<Lock> m_locks;
};

} // namespace glance
