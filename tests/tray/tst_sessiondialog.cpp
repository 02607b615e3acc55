#include "app/tray/launcherapp.h"
#include "app/tray/plaintext.h"
#include "app/tray/sessiondialog.h"
#include "tests/support/recordingopener.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

class TestSessionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typeKeyAndPressEnter();
    void pasteMessyKeyAndPressEnter();
    void pasteViewerLinkAndPressEnter();
    void joinDisabledWithReason_data();
    void joinDisabledWithReason();
    void accountButtonsNeedASelector();
    void accountButtonsOpenTheirPages_data();
    void accountButtonsOpenTheirPages();
    void showsIdentityAndAccount();
    void markupInValuesIsShownAsText();
    void megabytePasteIsRefusedAtOnce();
    void badSettingsDisableWhatCarriesThem();

private:
    void startWith(const QByteArray &settings);
    SessionDialog *dialog() { return m_app->sessionDialog(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LauncherApp> m_app;
    QStringList m_opened;
};

void TestSessionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_opened.clear();
    QApplication::clipboard()->clear();
}

void TestSessionDialog::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TestSessionDialog::startWith(const QByteArray &settings)
{
    const QString user = m_dir->filePath(u"user.conf"_s);
    // No file at all rather than an empty one, which the app would take for a broken one.
    QFile::remove(user);
    if (!settings.isEmpty()) {
        QFile file(user);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(settings);
    }
    m_app = std::make_unique<LauncherApp>(SettingsStore(user, m_dir->filePath(u"system.conf"_s)),
                                          RecentSessions(m_dir->filePath(u"recent.conf"_s)),
                                          std::make_unique<test::RecordingOpener>(&m_opened));
    m_app->start();
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    QVERIFY(QTest::qWaitForWindowExposed(dialog()));
}

void TestSessionDialog::typeKeyAndPressEnter()
{
    startWith("[account]\nselector=idpid\nvalue=12345\n[identity]\nname=User Name\n");
    QVERIFY(dialog()->keyField()->hasFocus());
    QTest::keyClicks(dialog()->keyField(), u"1234"_s);
    QTest::keyClick(dialog()->keyField(), Qt::Key_Return);
    QCOMPARE(m_opened, QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?idpid=12345&"
                                   u"SessionKey=1234&name=User+Name"_s});
    // The field is emptied for the next customer.
    QCOMPARE(dialog()->keyField()->text(), QString());
}

void TestSessionDialog::pasteMessyKeyAndPressEnter()
{
    startWith({});
    QApplication::clipboard()->setText(u"\u200b 12 34\u00a0\r\n"_s);
    QTest::keySequence(dialog()->keyField(), QKeySequence::Paste);
    QCOMPARE(dialog()->keyStatus()->text(), u"Joins session 1234"_s);
    QTest::keyClick(dialog()->keyField(), Qt::Key_Enter);
    QCOMPARE(m_opened,
             QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=1234"_s});
}

void TestSessionDialog::pasteViewerLinkAndPressEnter()
{
    startWith("[identity]\nemail=a+b@example.com\n");
    QApplication::clipboard()->setText(
        u"Join me: https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=9876&idpid=1"_s);
    QTest::keySequence(dialog()->keyField(), QKeySequence::Paste);
    QTest::keyClick(dialog()->keyField(), Qt::Key_Return);
    QCOMPARE(m_opened, QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey="
                                   u"9876&email=a%2Bb@example.com"_s});
}

void TestSessionDialog::joinDisabledWithReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing yet") << QString() << u"Enter the session key the customer gave you."_s;
    QTest::newRow("injection") << u"1234&idpid=999"_s
                               << u"Session key: only letters, digits, '-', '_' and '.' are "
                                  u"allowed, not '&'"_s;
    QTest::newRow("too long") << QString(60, u'1')
                              << u"Session key: at most 50 characters (this one has 60)"_s;
    QTest::newRow("other site") << u"https://example.com/x?SessionKey=1"_s
                                << u"Session key: the pasted link is not a Glance viewer or join "
                                   u"link"_s;
}

void TestSessionDialog::joinDisabledWithReason()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    startWith({});
    QTest::keyClicks(dialog()->keyField(), typed);
    QVERIFY(!dialog()->joinButton()->isEnabled());
    QCOMPARE(dialog()->keyStatus()->text(), reason);
    QVERIFY(dialog()->keyStatus()->isVisible());
    QCOMPARE(dialog()->joinButton()->toolTip(), plainToolTip(reason));
    QTest::keyClick(dialog()->keyField(), Qt::Key_Return);
    QVERIFY(m_opened.isEmpty());
}

void TestSessionDialog::accountButtonsNeedASelector()
{
    startWith({});
    const QString reason = u"The account pages need your company's account: set a Group ID, "
                           u"group name, account token or Glance address in Settings."_s;
    for (QPushButton *button : {dialog()->accountSummaryButton(), dialog()->loginKeyButton(),
                                dialog()->troubleshootingButton()}) {
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), plainToolTip(reason));
    }
    QCOMPARE(dialog()->accountStatus()->text(), reason);
    QVERIFY(dialog()->accountStatus()->isVisible());
    QVERIFY(dialog()->joinPageButton()->isEnabled());
}

void TestSessionDialog::accountButtonsOpenTheirPages_data()
{
    QTest::addColumn<int>("button");
    QTest::addColumn<QString>("link");
    const QString base = u"https://www.glance.net/account/GetLoginKey.aspx?sso=1&"_s;
    QTest::newRow("account summary")
        << 0 << base + u"idpusername=agnes.acme.glance.net&redirect=/account/AccountSummary.aspx"_s;
    QTest::newRow("login key") << 1 << base + u"idpusername=agnes.acme.glance.net"_s;
    QTest::newRow("sso troubleshooting")
        << 2 << base + u"test=11&idpusername=agnes.acme.glance.net"_s;
    QTest::newRow("join page")
        << 3
        << u"https://www.glance.net/agentjoin/AgentJoin.aspx?idpusername=agnes.acme.glance.net"_s;
}

void TestSessionDialog::accountButtonsOpenTheirPages()
{
    QFETCH(int, button);
    QFETCH(QString, link);
    startWith("[account]\nselector=idpusername\nvalue=agnes.acme.glance.net\n");
    QPushButton *buttons[] = {dialog()->accountSummaryButton(), dialog()->loginKeyButton(),
                              dialog()->troubleshootingButton(), dialog()->joinPageButton()};
    QVERIFY(buttons[button]->isEnabled());
    QVERIFY(!dialog()->accountStatus()->isVisible());
    QTest::mouseClick(buttons[button], Qt::LeftButton);
    QCOMPARE(m_opened, QStringList{link});
}

void TestSessionDialog::showsIdentityAndAccount()
{
    startWith(
        "[identity]\nname=User Name\nemail=user@example.com\nphone=(111)222-3333\n"
        "[account]\nselector=idpid\nvalue=12345\n[service]\nserver=https://beta.glance.net\n");
    QCOMPARE(dialog()->identitySummary()->text(),
             u"User Name · user@example.com · (111)222-3333"_s);
    QVERIFY(dialog()->findChildren<QLabel *>().size() > 0);
    const auto labels = dialog()->findChildren<QLabel *>();
    const bool accountShown = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->text() == u"Group ID 12345 on https://beta.glance.net"_s;
    });
    QVERIFY(accountShown);
}

void TestSessionDialog::megabytePasteIsRefusedAtOnce()
{
    startWith({});
    QApplication::clipboard()->setText(u"1234 "_s.repeated(200000));
    QTest::keySequence(dialog()->keyField(), QKeySequence::Paste);
    QCOMPARE(dialog()->keyField()->text().size(), SessionDialog::MaxPastedLength);
    QVERIFY(!dialog()->joinButton()->isEnabled());
    QVERIFY2(dialog()->keyStatus()->text().startsWith(u"Session key: at most 50 characters"_s),
             qPrintable(dialog()->keyStatus()->text()));
    // Still answering: typing over it gives a key at once.
    dialog()->keyField()->selectAll();
    QTest::keyClicks(dialog()->keyField(), u"77"_s);
    QCOMPARE(dialog()->keyStatus()->text(), u"Joins session 77"_s);
    QApplication::clipboard()->clear();
}

void TestSessionDialog::markupInValuesIsShownAsText()
{
    startWith("[identity]\nname=\"<h1><font color=red>Glance Admin</font></h1>\"\n");
    QLabel *identity = dialog()->identitySummary();
    QCOMPARE(identity->textFormat(), Qt::PlainText);
    QCOMPARE(identity->text(), u"<h1><font color=red>Glance Admin</font></h1>"_s);
    for (QLabel *label : {dialog()->keyStatus(), dialog()->accountStatus()}) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QTest::keyClicks(dialog()->keyField(), u"<b>1</b>"_s);
    QVERIFY(dialog()->joinButton()->toolTip().contains(u"&lt;"_s));
}

void TestSessionDialog::badSettingsDisableWhatCarriesThem()
{
    startWith("[identity]\nemail=nobody\n[account]\nselector=idpid\nvalue=1\n");
    QTest::keyClicks(dialog()->keyField(), u"1234"_s);
    QVERIFY(!dialog()->joinButton()->isEnabled());
    QVERIFY(!dialog()->joinPageButton()->isEnabled());
    QCOMPARE(dialog()->joinButton()->toolTip(),
             plainToolTip(u"Fix the settings first: Email: needs one @ with text on both sides"_s));
    QCOMPARE(dialog()->settingsStatus()->text(),
             u"A setting needs fixing: Email: needs one @ with text on both sides"_s);
    QVERIFY(dialog()->settingsStatus()->isVisible());
    QTest::keyClick(dialog()->keyField(), Qt::Key_Return);
    QVERIFY(m_opened.isEmpty());
    // The account pages carry no email.
    QVERIFY(dialog()->loginKeyButton()->isEnabled());
    QTest::mouseClick(dialog()->loginKeyButton(), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
}

QTEST_MAIN(TestSessionDialog)
#include "tst_sessiondialog.moc"
