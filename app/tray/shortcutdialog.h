#pragma once

#include "app/front/settingsvalues.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace glance {

// Puts a shortcut on the user's desktop for one of the app's actions, or for joining one fixed
// session: a .desktop file whose command line reaches the running app. It stays open to say
// where the file went, and asks before it replaces one.
class ShortcutDialog : public QDialog
{
    Q_OBJECT

public:
    // folder: where the shortcut goes; program: the glance-launcher to run; settings: what the
    // account pages need, so that no shortcut is offered that can only be refused.
    ShortcutDialog(QString folder, QString program, const SettingsValues &settings,
                   QWidget *parent = nullptr);

    QComboBox *actionBox() const { return m_action; }
    QLineEdit *keyField() const { return m_key; }
    QPushButton *createButton() const { return m_create; }
    QLabel *statusLabel() const { return m_status; }
    // The file the last Create wrote.
    const QString &writtenFile() const { return m_written; }

    // The user's desktop folder: $XDG_DESKTOP_DIR when set, else what the desktop's user-dirs
    // say, else ~/Desktop.
    static QString desktopFolder();

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    void showStatus(const QString &text);
    QString targetPath() const;

    QString m_folder;
    QString m_program;
    QString m_written;
    QString m_confirmedReplace;
    QComboBox *m_action = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace glance
