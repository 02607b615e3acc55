#include "app/front/commandline.h"
#include "app/front/shortcuts.h"
#include "tests/support/desktopexec.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(glance::Request::Action)

namespace {

test::DesktopFileGroups readEntry(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return test::readDesktopFile(file.readAll()).value_or(test::DesktopFileGroups());
}

// What desktop-file-validate says; empty when the file is valid.
QString validate(const QString &path)
{
    QProcess validator;
    validator.setProcessChannelMode(QProcess::MergedChannels);
    validator.start(u"desktop-file-validate"_s, {path});
    if (!validator.waitForFinished(30000)) {
        return u"desktop-file-validate did not run"_s;
    }
    const QString output = QString::fromUtf8(validator.readAll());
    return validator.exitCode() == 0 ? output : output + u" (failed)"_s;
}

} // namespace

// Desktop shortcuts and the autostart entry: the file written, read back by the specification's
// rules, gives exactly the intended command line, which the app reads as the intended request.
class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortcutsAreTheirCommandLine_data();
    void shortcutsAreTheirCommandLine();
    void writtenShortcutsAreValidAndExecutable();
    void autostartEntry();

private:
    QTemporaryDir m_dir;
};

void TestShortcuts::shortcutsAreTheirCommandLine_data()
{
    using Action = Request::Action;
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fileName");

    const QString program = u"/usr/bin/glance-launcher"_s;
    QTest::newRow("dialog") << Action::ShowDialog << QString() << program
                            << QStringList{u"--dialog"_s} << u"glance-launcher-dialog.desktop"_s;
    QTest::newRow("join page") << Action::OpenJoinPage << QString() << program
                               << QStringList{u"--agent-join"_s}
                               << u"glance-launcher-agent-join.desktop"_s;
    QTest::newRow("account summary")
        << Action::AccountSummary << QString() << program << QStringList{u"--account-summary"_s}
        << u"glance-launcher-account-summary.desktop"_s;
    QTest::newRow("login key") << Action::LoginKey << QString() << program
                               << QStringList{u"--login-key"_s}
                               << u"glance-launcher-login-key.desktop"_s;
    QTest::newRow("sso troubleshooting")
        << Action::SsoTroubleshooting << QString() << program << QStringList{u"--sso-test"_s}
        << u"glance-launcher-sso-test.desktop"_s;
    QTest::newRow("settings") << Action::ShowSettings << QString() << program
                              << QStringList{u"--settings"_s}
                              << u"glance-launcher-settings.desktop"_s;
    QTest::newRow("one session") << Action::Join << u"12-34_ab.C"_s << program
                                 << QStringList{u"--join"_s, u"12-34_ab.C"_s}
                                 << u"glance-launcher-join-12-34_ab.C.desktop"_s;
    QTest::newRow("awkward program path")
        << Action::Join << u"1234"_s
        << u"/home/zoë/My \"Apps\" & $tools/100% `x`/back\\slash/glance-launcher"_s
        << QStringList{u"--join"_s, u"1234"_s} << u"glance-launcher-join-1234.desktop"_s;
}

void TestShortcuts::shortcutsAreTheirCommandLine()
{
    QFETCH(Request::Action, action);
    QFETCH(QString, key);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, fileName);
    ShortcutTarget target;
    target.action = action;
    if (!key.isEmpty()) {
        target.sessionKey = *SessionKey::parse(key);
    }
    QCOMPARE(shortcutFileName(target), fileName);
    const DesktopEntry entry = desktopShortcut(target, program);
    QCOMPARE(entry.problem(), QString());
    const auto groups = test::readDesktopFile(entry.toFileContents());
    QVERIFY(groups);
    const auto parsed = test::parseDesktopExec(groups->value(u"Desktop Entry"_s).value(u"Exec"_s));
    QVERIFY(parsed);
    QCOMPARE(*parsed, QStringList{program} + arguments);
    // The launched program reads the request the shortcut was made for.
    const CommandLine commandLine = CommandLine::parse(*parsed);
    QCOMPARE(commandLine.outcome(), CommandLine::Outcome::Run);
    QCOMPARE(commandLine.request().action, action);
    QCOMPARE(commandLine.request().sessionKey, key);
}

void TestShortcuts::writtenShortcutsAreValidAndExecutable()
{
    ShortcutTarget target;
    target.action = Request::Action::Join;
    target.sessionKey = *SessionKey::parse(u"9876"_s);
    const QString path = m_dir.filePath(u"Desktop/"_s + shortcutFileName(target));
    QCOMPARE(writeDesktopEntry(desktopShortcut(target, u"/opt/glance launcher/bin/glance"_s), path,
                               true),
             std::nullopt);
    QCOMPARE(validate(path), QString());
    QVERIFY(QFileInfo(path).permissions().testFlag(QFile::ExeOwner));
    const auto entry = readEntry(path).value(u"Desktop Entry"_s);
    QCOMPARE(test::unescapeDesktopString(entry.value(u"Name"_s)), u"Join Glance session 9876"_s);
    QCOMPARE(entry.value(u"Icon"_s), u"io.github.glance_launcher.GlanceLauncher"_s);
}

void TestShortcuts::autostartEntry()
{
    Autostart autostart(m_dir.filePath(u"config/autostart/app.desktop"_s));
    QVERIFY(!autostart.isEnabled());
    QCOMPARE(autostart.disable(), std::nullopt);
    const QString program = u"/usr/local/bin/glance launcher"_s;
    QCOMPARE(autostart.enable(program), std::nullopt);
    QVERIFY(autostart.isEnabled());
    QCOMPARE(validate(autostart.file()), QString());
    QVERIFY(!QFileInfo(autostart.file()).permissions().testFlag(QFile::ExeOwner));
    const auto entry = readEntry(autostart.file()).value(u"Desktop Entry"_s);
    QCOMPARE(test::parseDesktopExec(entry.value(u"Exec"_s)), QStringList{program});
    QCOMPARE(entry.value(u"X-GNOME-Autostart-enabled"_s), u"true"_s);
    QCOMPARE(autostart.disable(), std::nullopt);
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!QFile::exists(autostart.file()));

    // Turned off by a desktop's own settings: off, until enabled again.
    for (const QByteArray &mark :
         {QByteArray("Hidden=true"), QByteArray("X-GNOME-Autostart-enabled = false")}) {
        QCOMPARE(autostart.enable(program), std::nullopt);
        QFile entry(autostart.file());
        QVERIFY(entry.open(QIODevice::Append));
        entry.write(mark + '\n');
        entry.close();
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(autostart.enable(program), std::nullopt);
        QVERIFY(autostart.isEnabled());
    }
}

QTEST_GUILESS_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
