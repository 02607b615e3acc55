#include "app/front/settingsstore.h"
#include "app/tray/settingsdialog.h"
#include "app/tray/shortcutdialog.h"
#include "tests/support/desktopexec.h"
#include "tests/support/sandbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

namespace {

std::optional<QStringList> execOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const auto groups = test::readDesktopFile(file.readAll());
    if (!groups) {
        return std::nullopt;
    }
    return test::parseDesktopExec(groups->value(u"Desktop Entry"_s).value(u"Exec"_s));
}

} // namespace

class TestShortcutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsAnExecutableShortcut();
    void shortcutForOneSession();
    void keyIsCheckedBeforeCreating();
    void failureIsShownAndDialogStays();
    void startAtLoginFollowsTheCheckbox();
    void asksBeforeReplacing();
    void accountPagesNeedTheAccount();

private:
    int indexOf(int action) const { return m_dialog->actionBox()->findData(action); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ShortcutDialog> m_dialog;
    QString m_desktop;
    const QString m_program = u"/usr/bin/glance-launcher"_s;
};

void TestShortcutDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_desktop = m_dir->filePath(u"Desktop"_s);
    SettingsValues settings;
    settings.selector = u"idpid"_s;
    settings.selectorValue = u"12345"_s;
    m_dialog = std::make_unique<ShortcutDialog>(m_desktop, m_program, settings);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestShortcutDialog::cleanup()
{
    m_dialog.reset();
    test::releaseMounts();
    m_dir.reset();
}

void TestShortcutDialog::createsAnExecutableShortcut()
{
    m_dialog->actionBox()->setCurrentIndex(indexOf(int(Request::Action::AccountSummary)));
    QVERIFY(!m_dialog->keyField()->isEnabled());
    QTest::keyClick(m_dialog.get(), Qt::Key_Return);
    const QString path = m_desktop + u"/glance-launcher-account-summary.desktop"_s;
    QCOMPARE(m_dialog->writtenFile(), path);
    // It stays open to say where the file went.
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->statusLabel()->text(), u"The shortcut is on your desktop: "_s + path);
    QVERIFY(QFileInfo(path).permissions().testFlag(QFile::ExeOwner));
    QCOMPARE(execOf(path), (QStringList{m_program, u"--account-summary"_s}));
}

void TestShortcutDialog::shortcutForOneSession()
{
    m_dialog->actionBox()->setCurrentIndex(indexOf(int(Request::Action::Join)));
    QVERIFY(m_dialog->keyField()->isEnabled());
    QTest::keyClicks(m_dialog->keyField(), u" 12 34 "_s);
    QTest::mouseClick(m_dialog->createButton(), Qt::LeftButton);
    const QString path = m_desktop + u"/glance-launcher-join-1234.desktop"_s;
    QCOMPARE(execOf(path), (QStringList{m_program, u"--join"_s, u"1234"_s}));
}

void TestShortcutDialog::keyIsCheckedBeforeCreating()
{
    m_dialog->actionBox()->setCurrentIndex(indexOf(int(Request::Action::Join)));
    QVERIFY(!m_dialog->createButton()->isEnabled());
    QCOMPARE(m_dialog->statusLabel()->text(), u"Enter the session key."_s);
    QTest::keyClicks(m_dialog->keyField(), u"12&idpid=9"_s);
    QVERIFY(!m_dialog->createButton()->isEnabled());
    QCOMPARE(m_dialog->statusLabel()->text(),
             u"Session key: only letters, digits, '-', '_' and '.' are allowed, not '&'"_s);
    QTest::keyClick(m_dialog->keyField(), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!QDir(m_desktop).exists());
}

void TestShortcutDialog::failureIsShownAndDialogStays()
{
    GLANCE_REQUIRE_SANDBOX();
    QVERIFY(QDir().mkpath(m_desktop));
    QVERIFY(test::makeReadOnly(m_desktop));
    QTest::mouseClick(m_dialog->createButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(!m_dialog->statusLabel()->text().isEmpty(), "the failure is shown");
    QVERIFY(QDir(m_desktop).entryList(QDir::Files).isEmpty());
}

void TestShortcutDialog::startAtLoginFollowsTheCheckbox()
{
    SettingsStore store(m_dir->filePath(u"user.conf"_s), m_dir->filePath(u"system.conf"_s));
    Autostart autostart(m_dir->filePath(u"autostart/app.desktop"_s));
    SettingsDialog settings(store, autostart);
    settings.setValues(store.load());
    QVERIFY(!settings.startAtLoginBox()->isChecked());
    settings.startAtLoginBox()->setChecked(true);
    settings.accept();
    QVERIFY(autostart.isEnabled());
    QCOMPARE(execOf(autostart.file()), QStringList{QCoreApplication::applicationFilePath()});
    settings.setValues(store.load());
    QVERIFY(settings.startAtLoginBox()->isChecked());
    settings.startAtLoginBox()->setChecked(false);
    settings.accept();
    QVERIFY(!autostart.isEnabled());
}

void TestShortcutDialog::asksBeforeReplacing()
{
    const QString path = m_desktop + u"/glance-launcher-dialog.desktop"_s;
    QVERIFY(QDir().mkpath(m_desktop));
    QFile mine(path);
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    QTest::mouseClick(m_dialog->createButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->createButton()->text(), u"&Replace"_s);
    QVERIFY(m_dialog->statusLabel()->text().contains(u"already there"_s));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("mine"));
    mine.close();
    QTest::mouseClick(m_dialog->createButton(), Qt::LeftButton);
    QCOMPARE(execOf(path), (QStringList{m_program, u"--dialog"_s}));
}

void TestShortcutDialog::accountPagesNeedTheAccount()
{
    ShortcutDialog withoutAccount(m_desktop, m_program, SettingsValues());
    const auto *model = qobject_cast<QStandardItemModel *>(withoutAccount.actionBox()->model());
    for (auto page : {Request::Action::AccountSummary, Request::Action::LoginKey,
                      Request::Action::SsoTroubleshooting}) {
        const QStandardItem *item = model->item(withoutAccount.actionBox()->findData(int(page)));
        QVERIFY(!item->isEnabled());
        QVERIFY(!item->toolTip().isEmpty());
    }
    QVERIFY(model->item(withoutAccount.actionBox()->findData(int(Request::Action::OpenJoinPage)))
                ->isEnabled());
    // With an account they are offered (the dialog of init() has one).
    const auto *withAccount = qobject_cast<QStandardItemModel *>(m_dialog->actionBox()->model());
    QVERIFY(withAccount->item(m_dialog->actionBox()->findData(int(Request::Action::LoginKey)))
                ->isEnabled());
}

GLANCE_SANDBOXED_TEST_MAIN(TestShortcutDialog, QApplication)
#include "tst_shortcutdialog.moc"
