#include "app/front/settingsstore.h"
#include "app/tray/settingsdialog.h"
#include "tests/support/sandbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsAndSavesEveryValue();
    void invalidValuesAreNotSaved_data();
    void invalidValuesAreNotSaved();
    void failedSaveIsShownAndDialogStays();
    void savingOverAMalformedFileSucceeds_data();
    void savingOverAMalformedFileSucceeds();
    void storedInvalidChoiceIsKeptVisible();
    void selectorValueFollowsTheSelector();
    void untouchedAdminValuesAreNotCopied();
    void editsMadeMeanwhileByHandSurvive();
    void everyProblemIsNamed();
    void lockedSettingsAreReadOnly();

private:
    QPushButton *saveButton() const
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SettingsStore>(m_dir->filePath(u"user/user.conf"_s),
                                              m_dir->filePath(u"system.conf"_s));
    m_dialog = std::make_unique<SettingsDialog>(
        *m_store, Autostart(m_dir->filePath(u"autostart/glance.desktop"_s)));
    m_dialog->setValues(m_store->load());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    test::releaseMounts();
    m_dir.reset();
}

void TestSettingsDialog::showsAndSavesEveryValue()
{
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
    m_dialog->nameField()->insert(u"José Müller"_s); // keyClicks types ASCII only
    QTest::keyClicks(m_dialog->emailField(), u"a+b@example.com"_s);
    QTest::keyClicks(m_dialog->phoneField(), u"(111)222-3333"_s);
    m_dialog->selectorBox()->setCurrentIndex(m_dialog->selectorBox()->findData(u"idpid"_s));
    QTest::keyClicks(m_dialog->selectorValueField(), u"12345"_s);
    m_dialog->sameWindowBox()->setChecked(true);
    m_dialog->modeBox()->setCurrentIndex(m_dialog->modeBox()->findData(u"smsinvitation"_s));
    QTest::keyClicks(m_dialog->serverField(), u"https://beta.glance.net"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);

    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_dialog->isVisible());
    const SettingsValues stored = m_store->load();
    QCOMPARE(stored.name, u"José Müller"_s);
    QCOMPARE(stored.email, u"a+b@example.com"_s);
    QCOMPARE(stored.phone, u"(111)222-3333"_s);
    QCOMPARE(stored.selector, u"idpid"_s);
    QCOMPARE(stored.selectorValue, u"12345"_s);
    QCOMPARE(stored.viewerSameWindow, u"true"_s);
    QCOMPARE(stored.mode, u"smsinvitation"_s);
    QCOMPARE(stored.server, u"https://beta.glance.net"_s);

    // Opened again, it shows what was saved.
    SettingsDialog again(*m_store, Autostart(m_dir->filePath(u"autostart/glance.desktop"_s)));
    again.setValues(stored);
    QCOMPARE(again.values(), stored);
}

void TestSettingsDialog::invalidValuesAreNotSaved_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("email") << u"email"_s << u"user.example.com"_s
                           << u"Email: needs one @ with text on both sides"_s;
    QTest::newRow("phone") << u"phone"_s << u"555-CALL-NOW"_s
                           << u"Phone: only digits, spaces and + ( ) - . / are allowed"_s;
    QTest::newRow("group id") << u"groupid"_s << u"12a"_s
                              << u"Group ID: digits only, such as 12345"_s;
    QTest::newRow("empty group id")
        << u"groupid"_s << QString() << u"Group ID: enter a value, or choose no account selector"_s;
    QTest::newRow("server") << u"server"_s << u"http://www.glance.net"_s
                            << u"Server: must start with https:// (http:// only for this "
                               u"computer: localhost, 127.0.0.1 or [::1])"_s;
}

void TestSettingsDialog::invalidValuesAreNotSaved()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
    QLineEdit *edit = nullptr;
    if (field == u"email") {
        edit = m_dialog->emailField();
    } else if (field == u"phone") {
        edit = m_dialog->phoneField();
    } else if (field == u"groupid") {
        m_dialog->selectorBox()->setCurrentIndex(m_dialog->selectorBox()->findData(u"idpid"_s));
        edit = m_dialog->selectorValueField();
    } else {
        edit = m_dialog->serverField();
    }
    QTest::keyClicks(edit, typed);
    QTest::keyClick(m_dialog.get(), Qt::Key_Return);

    QCOMPARE(saved.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->problemLabel()->text(), message);
    QVERIFY(m_dialog->problemLabel()->isVisible());
    QVERIFY(edit->hasFocus());
    QVERIFY(!QFile::exists(m_store->userFile()));
    // Typing on clears the old problem.
    QTest::keyClicks(edit, u"9"_s);
    QVERIFY(!m_dialog->problemLabel()->isVisible());
}

void TestSettingsDialog::failedSaveIsShownAndDialogStays()
{
    GLANCE_REQUIRE_SANDBOX();
    QVERIFY(QDir().mkpath(QFileInfo(m_store->userFile()).absolutePath()));
    QVERIFY(test::makeReadOnly(QFileInfo(m_store->userFile()).absolutePath()));
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
    QTest::keyClicks(m_dialog->nameField(), u"User Name"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(m_dialog->problemLabel()->text().startsWith(u"Could not save the settings"_s),
             qPrintable(m_dialog->problemLabel()->text()));
    QCOMPARE(m_dialog->nameField()->text(), u"User Name"_s);
}

void TestSettingsDialog::savingOverAMalformedFileSucceeds_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("comment line in a section") << QByteArray("[identity]\nphone=1\n# work\n");
    QTest::newRow("line without =") << QByteArray("[identity]\nphone=1\nwork\n");
    QTest::newRow("section header without ]") << QByteArray("[identity]\nphone=1\n[history\n");
}

// The file is written anew, the malformed one kept aside, and the dialog says no failure.
void TestSettingsDialog::savingOverAMalformedFileSucceeds()
{
    QFETCH(QByteArray, content);
    QFile user(m_store->userFile());
    QVERIFY(QDir().mkpath(QFileInfo(user).absolutePath()));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write(content);
    user.close();
    m_store->load();
    m_dialog->setValues(m_store->load());
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
    QTest::keyClicks(m_dialog->nameField(), u"User Name"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY2(!m_dialog->isVisible(), qPrintable(m_dialog->problemLabel()->text()));
    QCOMPARE(m_store->load().name, u"User Name"_s);
    QCOMPARE(QDir(QFileInfo(user).absolutePath()).entryList({u"user.conf.broken-*"_s}).size(), 1);
}

void TestSettingsDialog::storedInvalidChoiceIsKeptVisible()
{
    SettingsValues stored;
    stored.mode = u"video"_s;
    m_dialog->setValues(stored);
    QCOMPARE(m_dialog->modeBox()->currentText(), u"video (not valid)"_s);
    QCOMPARE(m_dialog->problemLabel()->text(),
             u"Join page mode: one of universaljoin, chatinvitation or smsinvitation"_s);
    QCOMPARE(m_dialog->values().mode, u"video"_s);
    // Set again with a valid value, the stale choice goes away.
    m_dialog->setValues(SettingsValues());
    QCOMPARE(m_dialog->modeBox()->findData(u"video"_s), -1);
}

void TestSettingsDialog::selectorValueFollowsTheSelector()
{
    QVERIFY(!m_dialog->selectorValueField()->isEnabled());
    m_dialog->selectorBox()->setCurrentIndex(m_dialog->selectorBox()->findData(u"idpid"_s));
    QVERIFY(m_dialog->selectorValueField()->isEnabled());
    QTest::keyClicks(m_dialog->selectorValueField(), u"777"_s);
    m_dialog->selectorBox()->setCurrentIndex(m_dialog->selectorBox()->findData(u"none"_s));
    QCOMPARE(m_dialog->values().selectorValue, QString());
}

// Saving without touching anything must not pin the administrator's values in the user's file,
// whatever spelling the administrator used.
void TestSettingsDialog::untouchedAdminValuesAreNotCopied()
{
    QFile system(m_store->systemFile());
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write("[account]\nselector=IDPID\nvalue= 12345\n"
                 "[join]\nviewerSameWindow=yes\nmode=UniversalJoin\n"
                 "[service]\nserver=https://beta.glance.net/\n");
    system.close();
    m_dialog->setValues(m_store->load());
    QTest::keyClicks(m_dialog->nameField(), u"User Name"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());

    QFile user(m_store->userFile());
    QVERIFY(user.open(QIODevice::ReadOnly));
    const QByteArray written = user.readAll();
    QVERIFY2(written.contains("name=User Name"), written.constData());
    for (const char *key : {"selector", "value", "viewerSameWindow", "mode", "server"}) {
        QVERIFY2(!written.contains(key), written.constData());
    }
}

// Saved are the fields edited in the dialog, over what the file holds at that moment.
void TestSettingsDialog::editsMadeMeanwhileByHandSurvive()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_store->userFile()).absolutePath()));
    QFile file(m_store->userFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[account]\nselector=idpid\nvalue=12345\n");
    file.close();
    m_dialog->setValues(m_store->load());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[account]\nselector=idpid\nvalue=999\n");
    file.close();
    QTest::keyClicks(m_dialog->nameField(), u"User Name"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const SettingsValues stored = m_store->load();
    QCOMPARE(stored.name, u"User Name"_s);
    QCOMPARE(stored.selectorValue, u"999"_s);
}

void TestSettingsDialog::everyProblemIsNamed()
{
    QTest::keyClicks(m_dialog->emailField(), u"nobody"_s);
    QTest::keyClicks(m_dialog->phoneField(), u"abc"_s);
    QTest::keyClicks(m_dialog->serverField(), u"ftp://x"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QStringList lines = m_dialog->problemLabel()->text().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"Email: "_s));
    QVERIFY(lines.at(1).startsWith(u"Phone: "_s));
    QVERIFY(lines.at(2).startsWith(u"Server: "_s));
    QVERIFY(m_dialog->emailField()->hasFocus());
}

void TestSettingsDialog::lockedSettingsAreReadOnly()
{
    QFile system(m_store->systemFile());
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write("[account]\nselector=idpid\nvalue=12345\n[policy]\nlocked=account/value\n");
    system.close();
    m_dialog->setValues(m_store->load());
    QCOMPARE(m_dialog->selectorValueField()->text(), u"12345"_s);
    QVERIFY(m_dialog->selectorValueField()->isReadOnly());
    QVERIFY(!m_dialog->selectorBox()->isEnabled());
    QVERIFY(!m_dialog->nameField()->isReadOnly());
    const auto labels = m_dialog->findChildren<QLabel *>();
    const auto notes = std::count_if(labels.begin(), labels.end(), [](QLabel *label) {
        return label->isVisible() && label->text() == u"Set by your administrator."_s;
    });
    QCOMPARE(notes, 1);

    // Keys go nowhere, and saving writes nothing for the account.
    QTest::keyClicks(m_dialog->selectorValueField(), u"999"_s);
    QCOMPARE(m_dialog->selectorValueField()->text(), u"12345"_s);
    QTest::keyClicks(m_dialog->nameField(), u"User Name"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QFile user(m_store->userFile());
    QVERIFY(user.open(QIODevice::ReadOnly));
    const QByteArray written = user.readAll();
    QVERIFY2(!written.contains("account"), written.constData());
    QCOMPARE(m_store->load().selectorValue, u"12345"_s);
}

GLANCE_SANDBOXED_TEST_MAIN(TestSettingsDialog, QApplication)
#include "tst_settingsdialog.moc"
