#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace glance {

// Puts a shortcut on the user's desktop for one of the app's actions, or for joining one fixed
// session: a .desktop file whose command line reaches the running app.
class ShortcutDialog : public QDialog
{
    Q_OBJECT

public:
    // folder: where the shortcut goes; program: the glance-launcher to run.
    ShortcutDialog(QString folder, QString program, QWidget *parent = nullptr);

    QComboBox *actionBox() const { return m_action; }
    QLineEdit *keyField() const { return m_key; }
    QPushButton *createButton() const { return m_create; }
    QLabel *statusLabel() const { return m_status; }
    // The file the last Create wrote.
    const QString &writtenFile() const { return m_written; }

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    QString m_folder;
    QString m_program;
    QString m_written;
    QComboBox *m_action = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace glance
