#pragma once

#include "app/front/recentsessions.h"
#include "app/front/request.h"
#include "app/front/settingsvalues.h"

#include <QDialog>

class QCompleter;
class QLabel;
class QStringListModel;
class QLineEdit;
class QPushButton;

namespace glance {

// Where a pasted key and Enter open the session. Also opens the join page and the account
// pages, and shows the identity and account the links will carry.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxPastedLength = 4096;

    explicit SessionDialog(QWidget *parent = nullptr);

    void setSettings(const SettingsValues &settings);
    // Offered as the key is typed, and all at once with the Down key.
    void setRecentSessions(const QList<RecentSession> &sessions);
    // Puts key in the field, selected so that typing replaces it, unless something is typed.
    void offerKey(const SessionKey &key);
    // Without a system tray the dialog is the app's window: it offers Quit, and closing it
    // minimizes it instead of hiding the only way into the app.
    void setMainWindowRole(bool mainWindow);
    bool isMainWindow() const { return m_mainWindow; }

    // After a join: empty the key field and step aside.
    void clearAndClose();

    QLineEdit *keyField() const { return m_keyField; }
    QCompleter *completer() const { return m_completer; }
    QPushButton *joinButton() const { return m_joinButton; }
    QPushButton *accountSummaryButton() const { return m_accountSummaryButton; }
    QPushButton *loginKeyButton() const { return m_loginKeyButton; }
    QPushButton *troubleshootingButton() const { return m_troubleshootingButton; }
    QPushButton *joinPageButton() const { return m_joinPageButton; }
    QLabel *keyStatus() const { return m_keyStatus; }
    QLabel *accountStatus() const { return m_accountStatus; }
    QLabel *identitySummary() const { return m_identitySummary; }
    QLabel *settingsStatus() const { return m_settingsStatus; }

Q_SIGNALS:
    void requested(const glance::Request &request);
    void settingsRequested();
    void quitRequested();

public Q_SLOTS:
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void request(Request::Action action);

    SettingsValues m_settings;
    bool m_mainWindow = false;
    QLineEdit *m_keyField = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_recentKeys = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_identitySummary = nullptr;
    QLabel *m_accountSummary = nullptr;
    QLabel *m_accountStatus = nullptr;
    QLabel *m_settingsStatus = nullptr;
    QPushButton *m_joinButton = nullptr;
    QPushButton *m_joinPageButton = nullptr;
    QPushButton *m_accountSummaryButton = nullptr;
    QPushButton *m_loginKeyButton = nullptr;
    QPushButton *m_troubleshootingButton = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QPushButton *m_quitButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace glance
