#include "app/front/settingsstore.h"
#include "app/tray/launcherapp.h"
#include "app/tray/openfaileddialog.h"
#include "app/tray/sessiondialog.h"
#include "app/tray/settingsdialog.h"
#include "app/tray/shortcutdialog.h"
#include "app/tray/trayicon.h"
#include "tests/support/recordingopener.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

namespace {

QString nameOf(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

// The letter after a single '&', lower case; none for "&&" or no '&'.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Each mnemonic of the window's visible labels, buttons and group boxes, with what has it.
QMultiMap<QChar, QString> mnemonicsOf(QWidget *window)
{
    QMultiMap<QChar, QString> mnemonics;
    const auto add = [&mnemonics](QWidget *widget, const QString &text) {
        if (widget->isVisibleTo(widget->window()) && !mnemonicOf(text).isNull()) {
            mnemonics.insert(mnemonicOf(text), text);
        }
    };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        add(button, button->text());
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy()) {
            add(label, label->text());
        }
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        add(box, box->title());
    }
    return mnemonics;
}

// The widgets Tab visits, in order, from the window's first.
QList<QWidget *> tabOrder(QWidget *window)
{
    QList<QWidget *> order;
    QWidget *widget = window;
    do {
        widget = widget->nextInFocusChain();
        if (widget->isVisibleTo(window) && (widget->focusPolicy() & Qt::TabFocus) &&
            widget->isEnabled() && !order.contains(widget)) {
            order << widget;
        }
    } while (widget != window);
    return order;
}

} // namespace

// Every control named for screen readers, every dialog usable from the keyboard alone, the tray
// menu with mnemonics, and a tray icon that shows on light and dark panels.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlHasAName();
    void mnemonicsAreUnique();
    void trayMenuItemsHaveMnemonics();
    void sessionDialogTabOrder();
    void sessionDialogByKeysOnly();
    void settingsDialogByKeysOnly();
    void escapeLeavesSettingsUnsaved();
    void shortcutDialogByKeysOnly();
    void trayIconShowsOnLightAndDarkPanels_data();
    void trayIconShowsOnLightAndDarkPanels();

private:
    QList<QWidget *> allDialogs();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<LauncherApp> m_app;
    QStringList m_opened;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SettingsStore>(m_dir->filePath(u"user.conf"_s),
                                              m_dir->filePath(u"system.conf"_s));
    m_opened.clear();
    m_app = std::make_unique<LauncherApp>(*m_store, RecentSessions(m_dir->filePath(u"r.conf"_s)),
                                          std::make_unique<test::RecordingOpener>(&m_opened));
    m_app->setTrayAvailability([] { return true; });
    m_app->start();
}

void TestAccessibility::cleanup()
{
    m_app.reset();
    m_store.reset();
    m_dir.reset();
}

QList<QWidget *> TestAccessibility::allDialogs()
{
    // Windows of their own, as the app makes them: a child dialog's labels would count twice.
    auto *shortcuts =
        new ShortcutDialog(m_dir->filePath(u"Desktop"_s), u"/bin/true"_s, SettingsValues());
    auto *failed = new OpenFailedDialog(u"https://www.glance.net/"_s);
    for (QWidget *dialog : std::initializer_list<QWidget *>{shortcuts, failed}) {
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_app.get(), &QObject::destroyed, dialog, &QObject::deleteLater);
    }
    return {m_app->sessionDialog(), m_app->settingsDialog(), shortcuts, failed};
}

void TestAccessibility::everyControlHasAName()
{
    for (QWidget *dialog : allDialogs()) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(dialog) || !(widget->focusPolicy() & Qt::TabFocus)) {
                continue;
            }
            QVERIFY2(!nameOf(widget).isEmpty(),
                     qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u": a "_s +
                                QString::fromLatin1(widget->metaObject()->className()) +
                                u" has no name"_s));
        }
        dialog->hide();
    }
}

void TestAccessibility::mnemonicsAreUnique()
{
    for (QWidget *dialog : allDialogs()) {
        dialog->show();
        const auto mnemonics = mnemonicsOf(dialog);
        for (QChar letter : mnemonics.uniqueKeys()) {
            QVERIFY2(mnemonics.count(letter) == 1,
                     qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u": &"_s +
                                letter + u" in "_s +
                                QStringList(mnemonics.values(letter)).join(u", "_s)));
        }
        dialog->hide();
    }
}

void TestAccessibility::trayMenuItemsHaveMnemonics()
{
    QVERIFY(m_app->trayIcon());
    QApplication::clipboard()->setText(u"1234"_s);
    for (QMenu *menu : {m_app->trayIcon()->menu(), m_app->trayIcon()->recentMenu()}) {
        QSet<QChar> seen;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible()) {
                continue;
            }
            const QChar letter = mnemonicOf(action->text());
            QVERIFY2(!letter.isNull(), qPrintable(action->text()));
            QVERIFY2(!seen.contains(letter), qPrintable(action->text()));
            seen.insert(letter);
        }
    }
}

void TestAccessibility::sessionDialogTabOrder()
{
    SessionDialog *dialog = m_app->sessionDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QStringList names;
    for (QWidget *widget : tabOrder(dialog)) {
        names << nameOf(widget);
    }
    // The account buttons are disabled without an account, so Tab skips them.
    QCOMPARE(names,
             (QStringList{u"Session key"_s, u"Settings"_s, u"Open join page"_s, u"Close"_s}));
}

void TestAccessibility::sessionDialogByKeysOnly()
{
    Request show;
    show.action = Request::Action::ShowDialog;
    m_app->carryOut(show);
    SessionDialog *dialog = m_app->sessionDialog();
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClicks(dialog->keyField(), u"4321"_s);
    // Alt+J is Join (a button pressed by its mnemonic clicks after its animation).
    QTest::keyClick(dialog, Qt::Key_J, Qt::AltModifier);
    QTRY_COMPARE(m_opened, QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?"
                                       u"SessionKey=4321"_s});
    m_app->carryOut(show);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestAccessibility::settingsDialogByKeysOnly()
{
    Request settings;
    settings.action = Request::Action::ShowSettings;
    m_app->carryOut(settings);
    SettingsDialog *dialog = m_app->settingsDialog();
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
    QVERIFY(dialog->nameField()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"User Name"_s);
    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
    QVERIFY(dialog->selectorBox()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Group ID
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
    QVERIFY(dialog->selectorValueField()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"12345"_s);
    QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // keep no history
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    const SettingsValues saved = m_store->load();
    QCOMPARE(saved.name, u"User Name"_s);
    QCOMPARE(saved.selector, u"idpid"_s);
    QCOMPARE(saved.selectorValue, u"12345"_s);
    QCOMPARE(saved.keepRecent, u"false"_s);
}

void TestAccessibility::escapeLeavesSettingsUnsaved()
{
    Request settings;
    settings.action = Request::Action::ShowSettings;
    m_app->carryOut(settings);
    SettingsDialog *dialog = m_app->settingsDialog();
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClicks(dialog->nameField(), u"Typed"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_store->load().name, QString());
}

void TestAccessibility::shortcutDialogByKeysOnly()
{
    const QString desktop = m_dir->filePath(u"Desktop"_s);
    SettingsValues account;
    account.selector = u"idpid"_s;
    account.selectorValue = u"1"_s;
    ShortcutDialog dialog(desktop, u"/bin/true"_s, account);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
    QVERIFY(dialog.actionBox()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // one fixed session key
    QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier);
    QVERIFY(dialog.keyField()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"777"_s);
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(dialog.writtenFile(), desktop + u"/glance-launcher-join-777.desktop"_s);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestAccessibility::trayIconShowsOnLightAndDarkPanels_data()
{
    QTest::addColumn<QColor>("panel");
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 44}) {
        QTest::addRow("light panel, %d px", size) << QColor(0xf5, 0xf5, 0xf5) << size;
        QTest::addRow("dark panel, %d px", size) << QColor(0x20, 0x20, 0x20) << size;
        QTest::addRow("mid grey panel, %d px", size) << QColor(0x80, 0x80, 0x80) << size;
    }
}

// The icon on the panel's colour: most of its area must stand out from the panel clearly.
void TestAccessibility::trayIconShowsOnLightAndDarkPanels()
{
    QFETCH(QColor, panel);
    QFETCH(int, size);
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(panel);
    QPainter painter(&image);
    appIcon().paint(&painter, image.rect());
    painter.end();
    int standingOut = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            const qreal difference = std::abs(pixel.lightnessF() - panel.lightnessF()) +
                                     std::abs(pixel.hslSaturationF() - panel.hslSaturationF());
            if (difference > 0.25) {
                ++standingOut;
            }
        }
    }
    QVERIFY2(standingOut > size * size / 2,
             qPrintable(u"%1 of %2 pixels"_s.arg(standingOut).arg(size * size)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
