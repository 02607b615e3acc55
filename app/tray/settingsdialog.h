#pragma once

#include "app/front/settingsvalues.h"
#include "app/front/shortcuts.h"
#include "core/problem.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
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
    // save writes the values and returns the reason when it could not.
    using SaveFunction = std::function<std::optional<QString>(const SettingsValues &)>;

    // autostart: the user's login entry, shown as "Start at login".
    SettingsDialog(SaveFunction save, Autostart autostart, QWidget *parent = nullptr);

    void setValues(const SettingsValues &values);
    SettingsValues values() const;

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
    QWidget *fieldWidget(Field field) const;

    SaveFunction m_save;
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
};

} // namespace glance
