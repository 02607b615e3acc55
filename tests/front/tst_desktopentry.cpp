#include "app/front/commandline.h"
#include "app/front/desktopentry.h"
#include "tests/support/desktopexec.h"
#include "tests/support/sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

#include <sys/stat.h>

using namespace glance;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(glance::DesktopEntry)
Q_DECLARE_METATYPE(glance::Request::Action)

namespace {

const QString launcher = u"/usr/bin/glance-launcher"_s;

// Command lines with every kind of awkward argument, the program first.
void addAwkwardCommandLines()
{
    QTest::addColumn<QStringList>("arguments");
    const auto add = [](const char *row, const QStringList &arguments) {
        QTest::newRow(row) << (QStringList{launcher} + arguments);
    };
    add("plain", {u"--join"_s, u"1234"_s});
    add("space", {u"--join"_s, u"12 34"_s});
    add("spaces only", {u" "_s, u"  two  "_s});
    add("double quotes", {u"--name"_s, u"say \"hi\""_s, u"\""_s});
    add("single quotes", {u"it's"_s, u"'"_s, u"'quoted'"_s});
    add("backslashes", {u"C:\\dir\\"_s, u"\\"_s, u"\\\\"_s, u"a\\nb"_s});
    add("backslash before quote", {u"\\\""_s, u"\\$"_s, u"\\`"_s});
    add("dollar", {u"$HOME"_s, u"${PATH}"_s, u"$(id)"_s, u"$"_s});
    add("backticks", {u"`id`"_s, u"`"_s});
    add("shell operators", {u"a&b"_s, u"&&"_s, u";"_s, u"x|y"_s, u">"_s, u"<"_s, u"2>&1"_s});
    add("hash", {u"#1"_s, u"a#b"_s, u"#"_s});
    add("glob and tilde", {u"*"_s, u"?"_s, u"[a]"_s, u"{a,b}"_s, u"~"_s, u"~/x"_s, u"(x)"_s});
    add("percent", {u"50%"_s, u"%"_s, u"%%"_s, u"100% sure"_s});
    add("field code look-alikes", {u"%u"_s, u"%U"_s, u"%f"_s, u"%F"_s, u"%i"_s, u"%c"_s, u"%k"_s,
                                   u"%d"_s, u"--file=%f"_s, u"\"%u\""_s, u"%x"_s});
    add("equals", {u"--mode=universaljoin"_s, u"="_s, u"a=b c"_s});
    add("non-ASCII", {u"--name"_s, u"Zoë 日本"_s, u"Zoë"_s, u"日本"_s, u"😀"_s});
    add("no-break space", {u"a\u00a0b"_s});
    add("empty", {u""_s});
    add("empty between", {u"--name"_s, u""_s, u"--join"_s, u""_s});
    add("link", {u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=9&name=A+B"_s});
    add("everything at once", {u"--name=\"Zoë\" 'O'Neil' $HOME `id` \\ % %u # & ; | * ?"_s});
    QTest::newRow("program with spaces")
        << QStringList{u"/opt/Glance Launcher/bin/glance-launcher"_s, u"--dialog"_s};
    QTest::newRow("program with reserved characters")
        << QStringList{u"/opt/it's $HOME/100% \"q\" \\ #1/run"_s, u"--settings"_s};
    QTest::newRow("program alone") << QStringList{launcher};
}

// Runs desktop-file-validate on path; its exit code, and everything it printed in output.
int validate(const QString &path, QByteArray *output)
{
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (validator.isEmpty()) {
        *output = "desktop-file-validate is not installed";
        return -1;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(validator, {path});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        *output = "desktop-file-validate did not finish: " + process.errorString().toUtf8();
        return -1;
    }
    *output = process.readAll();
    return process.exitCode();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// The permission bits of path, as stat(2) gives them, or -1.
int modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return -1;
    }
    return static_cast<int>(status.st_mode & 07777);
}

DesktopEntry shortcut()
{
    DesktopEntry entry;
    entry.name = u"Join 12 34"_s;
    entry.comment = u"Opens the Glance session 12 34"_s;
    entry.icon = u"io.github.glance_launcher.GlanceLauncher"_s;
    entry.arguments = QStringList{launcher, u"--join"_s, u"12 34"_s};
    return entry;
}

} // namespace

class TestDesktopEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void specParser_data();
    void specParser();
    void specFileReader();

    void execLineRoundTrip_data();
    void execLineRoundTrip();
    void execLineByHand_data();
    void execLineByHand();
    void execLineRefused_data();
    void execLineRefused();
    void stringValue_data();
    void stringValue();
    void stringValueRefused_data();
    void stringValueRefused();

    void fileContents();
    void fileContentsLeaveOutEmptyKeys();
    void entryProblems_data();
    void entryProblems();

    void writtenFilesAreValid_data();
    void writtenFilesAreValid();
    void permissions_data();
    void permissions();
    void createsTheFolder();
    void failureIsReportedAndNothingIsLost();
    void readOnlyFolderIsReported();
    void fullDiskIsReportedAndNothingIsLost();

    void gioLaunchesExactlyTheArguments_data();
    void gioLaunchesExactlyTheArguments();

    void packagedEntryIsValid();
    void packagedActions_data();
    void packagedActions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDesktopEntry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDesktopEntry::cleanup()
{
    test::releaseMounts();
    if (!test::isRoot()) {
        QFile::setPermissions(m_dir->filePath(u"entries"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    m_dir.reset();
}

// The test's own parser, checked against the specification's words before it judges anything.
void TestDesktopEntry::specParser_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("arguments");

    const auto valid = [](const char *row, const QString &value, const QStringList &arguments) {
        QTest::newRow(row) << value << true << arguments;
    };
    const auto invalid = [](const char *row, const QString &value) {
        QTest::newRow(row) << value << false << QStringList();
    };
    valid("program", u"prog"_s, {u"prog"_s});
    valid("arguments", u"prog a b"_s, {u"prog"_s, u"a"_s, u"b"_s});
    valid("repeated spaces", u"prog  a   b"_s, {u"prog"_s, u"a"_s, u"b"_s});
    valid("quoted", u"\"p q\" \"a b\""_s, {u"p q"_s, u"a b"_s});
    valid("empty quoted", u"prog \"\""_s, {u"prog"_s, QString()});
    valid("four backslashes", uR"(prog "a\\\\b")"_s, {u"prog"_s, u"a\\b"_s});
    valid("dollar", uR"(prog "\\$HOME")"_s, {u"prog"_s, u"$HOME"_s});
    valid("quote", uR"(prog "a\\"b")"_s, {u"prog"_s, u"a\"b"_s});
    valid("backtick", uR"(prog "\\`x\\`")"_s, {u"prog"_s, u"`x`"_s});
    valid("reserved in quotes", u"prog \"'&;|<>~*?#()\""_s, {u"prog"_s, u"'&;|<>~*?#()"_s});
    valid("string escape space splits", uR"(prog a\sb)"_s, {u"prog"_s, u"a"_s, u"b"_s});
    valid("string escape space in quotes", uR"(prog "a\sb")"_s, {u"prog"_s, u"a b"_s});
    valid("percent", u"prog 50%%"_s, {u"prog"_s, u"50%"_s});
    valid("percent in quotes", u"prog \"50%% off\""_s, {u"prog"_s, u"50% off"_s});
    valid("escaped field code", u"prog %%u"_s, {u"prog"_s, u"%u"_s});
    valid("percent in program", u"/opt/100%%/run"_s, {u"/opt/100%/run"_s});
    valid("file code removed", u"prog %u"_s, {u"prog"_s});
    valid("list code removed", u"prog %F --x"_s, {u"prog"_s, u"--x"_s});
    valid("file code in an argument", u"prog --file=%f"_s, {u"prog"_s, u"--file="_s});
    valid("deprecated codes removed", u"prog %d %D %n %N %v %m"_s, {u"prog"_s});
    valid("icon", u"prog %i"_s, {u"prog"_s, u"--icon"_s, u"glance"_s});
    valid("name and location", u"prog %c --from=%k"_s,
          {u"prog"_s, u"Glance Launcher"_s, u"--from=/apps/glance.desktop"_s});
    valid("equals in an argument", u"prog a=b"_s, {u"prog"_s, u"a=b"_s});
    valid("non-ASCII", u"prog Zoë \"日本 語\""_s, {u"prog"_s, u"Zoë"_s, u"日本 語"_s});

    invalid("empty", QString());
    invalid("only spaces", u"   "_s);
    invalid("empty program", u"\"\" a"_s);
    invalid("unterminated quote", u"prog \"a b"_s);
    invalid("quote at the end", u"prog \""_s);
    invalid("quoted in part, before", u"prog --name=\"a b\""_s);
    invalid("quoted in part, after", u"prog \"a\"b"_s);
    invalid("two quoted parts", u"prog \"a\"\"b\""_s);
    invalid("single quote outside quotes", u"prog 'a b'"_s);
    invalid("dollar outside quotes", u"prog $HOME"_s);
    invalid("backtick outside quotes", u"prog `id`"_s);
    invalid("ampersand outside quotes", u"prog a&b"_s);
    invalid("semicolon outside quotes", u"prog a;b"_s);
    invalid("hash outside quotes", u"prog #1"_s);
    invalid("tilde outside quotes", u"prog ~"_s);
    invalid("glob outside quotes", u"prog *"_s);
    invalid("backslash outside quotes", uR"(prog a\\b)"_s);
    invalid("bad escape in quotes", uR"(prog "a\\qb")"_s);
    invalid("bad string escape", uR"(prog a\qb)"_s);
    invalid("single backslash dollar", uR"(prog "\$HOME")"_s);
    invalid("string escape at the end", uR"(prog a\)"_s);
    invalid("unescaped dollar in quotes", u"prog \"$HOME\""_s);
    invalid("unescaped backtick in quotes", u"prog \"`id`\""_s);
    invalid("escaped newline", uR"(prog "a\nb")"_s);
    invalid("escaped tab", uR"(prog "a\tb")"_s);
    invalid("raw control character", u"prog \"a\u0001b\""_s);
    invalid("lone percent", u"prog 100%"_s);
    invalid("unknown field code", u"prog %x"_s);
    invalid("field code in quotes", u"prog \"%u\""_s);
    invalid("two file codes", u"prog %u %f"_s);
    invalid("list code inside an argument", u"prog --files=%F"_s);
    invalid("icon code inside an argument", u"prog --icon=%i"_s);
    invalid("field code as program", u"%c"_s);
    invalid("equals in program", u"/opt/a=b/run"_s);
    invalid("equals in quoted program", u"\"/opt/a=b c/run\""_s);
}

void TestDesktopEntry::specParser()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QStringList, arguments);
    const test::ExecFieldValues fields{u"glance"_s, u"Glance Launcher"_s,
                                       u"/apps/glance.desktop"_s};
    const auto parsed = test::parseDesktopExec(value, fields);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, arguments);
    }
}

void TestDesktopEntry::specFileReader()
{
    const auto groups = test::readDesktopFile("# a comment\n\n[Desktop Entry]\nName = A\\sB\n"
                                              "Name[de]=C\n[Desktop Action x]\nExec=x\n");
    QVERIFY(groups);
    QCOMPARE(groups->value(u"Desktop Entry"_s).value(u"Name"_s), u"A\\sB"_s);
    QCOMPARE(groups->value(u"Desktop Entry"_s).value(u"Name[de]"_s), u"C"_s);
    QCOMPARE(groups->value(u"Desktop Action x"_s).value(u"Exec"_s), u"x"_s);

    QVERIFY(!test::readDesktopFile("Name=before any group\n"));
    QVERIFY(!test::readDesktopFile("[A]\nName=1\nName=2\n"));
    QVERIFY(!test::readDesktopFile("[A]\n[A]\n"));
    QVERIFY(!test::readDesktopFile("[A]\nno equals sign\n"));
    QVERIFY(!test::readDesktopFile("[A]\nBad_Key=1\n"));
    QVERIFY(!test::readDesktopFile("[A]\nName=\xff\n"));
}

void TestDesktopEntry::execLineRoundTrip_data()
{
    addAwkwardCommandLines();
}

void TestDesktopEntry::execLineRoundTrip()
{
    QFETCH(QStringList, arguments);
    const QString line = desktopExecLine(arguments);
    QVERIFY(!line.isEmpty());
    const auto parsed = test::parseDesktopExec(line);
    QVERIFY2(parsed.has_value(), qPrintable(line));
    QCOMPARE(*parsed, arguments);
}

// Expected values worked out by hand from the specification, not from the writer.
void TestDesktopEntry::execLineByHand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("line");

    const auto add = [](const char *row, const QStringList &arguments, const QString &line) {
        QTest::newRow(row) << (QStringList{launcher} + arguments) << (launcher + u' ' + line);
    };
    QTest::newRow("program alone") << QStringList{launcher} << launcher;
    add("nothing to quote", {u"--join"_s, u"1234"_s, u"--mode=universaljoin"_s, u"Zoë"_s},
        u"--join 1234 --mode=universaljoin Zoë"_s);
    add("space", {u"--join"_s, u"12 34"_s}, u"--join \"12 34\""_s);
    add("empty", {u""_s}, u"\"\""_s);
    add("backslash: four in the file", {u"C:\\dir"_s}, uR"("C:\\\\dir")"_s);
    add("lone backslash", {u"\\"_s}, uR"("\\\\")"_s);
    add("dollar", {u"$HOME"_s}, uR"("\\$HOME")"_s);
    add("double quote", {u"say \"hi\""_s}, uR"("say \\"hi\\"")"_s);
    add("backtick", {u"`id`"_s}, uR"("\\`id\\`")"_s);
    add("single quote", {u"it's"_s}, u"\"it's\""_s);
    add("hash", {u"#1"_s}, u"\"#1\""_s);
    add("percent", {u"50%"_s}, u"50%%"_s);
    add("field code look-alike", {u"%u"_s}, u"%%u"_s);
    add("percent in quotes", {u"100% & more"_s}, u"\"100%% & more\""_s);
    add("non-ASCII with space", {u"Zoë 日本"_s}, u"\"Zoë 日本\""_s);
    add("brackets are not reserved", {u"[a]{b}!"_s}, u"[a]{b}!"_s);
    QTest::newRow("program with spaces")
        << QStringList{u"/opt/Glance Launcher/glance-launcher"_s, u"--dialog"_s}
        << u"\"/opt/Glance Launcher/glance-launcher\" --dialog"_s;
}

void TestDesktopEntry::execLineByHand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, line);
    QCOMPARE(desktopExecLine(arguments), line);
}

void TestDesktopEntry::execLineRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto add = [](const char *row, const QString &argument) {
        QTest::newRow(row) << QStringList{launcher, u"--name"_s, argument};
    };
    add("newline", u"a\nb"_s);
    add("carriage return", u"a\rb"_s);
    add("tab", u"a\tb"_s);
    add("NUL", QString(QChar(u'\0')));
    add("escape", u"\u001b[31m"_s);
    add("delete", u"\u007f"_s);
    add("C1 control", u"a\u0085b"_s);
    add("lone surrogate", QString(QChar(0xd800)));
    QTest::newRow("no arguments") << QStringList();
    QTest::newRow("empty program") << QStringList{QString(), u"--dialog"_s};
    QTest::newRow("equals in program") << QStringList{u"/opt/a=b/run"_s};
    QTest::newRow("control in program") << QStringList{u"/opt/a\nb/run"_s};
}

void TestDesktopEntry::execLineRefused()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(desktopExecLine(arguments), QString());

    DesktopEntry entry = shortcut();
    entry.arguments = arguments;
    QVERIFY(!entry.problem().isEmpty());
    QCOMPARE(entry.toFileContents(), QByteArray());
    const QString path = m_dir->filePath(u"refused.desktop"_s);
    QCOMPARE(writeDesktopEntry(entry, path, false), std::make_optional(entry.problem()));
    QVERIFY(!QFile::exists(path));
}

void TestDesktopEntry::stringValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << u"Glance Launcher"_s << u"Glance Launcher"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("backslash") << u"a\\b"_s << uR"(a\\b)"_s;
    QTest::newRow("newline") << u"one\ntwo"_s << uR"(one\ntwo)"_s;
    QTest::newRow("tab and return") << u"a\tb\rc"_s << uR"(a\tb\rc)"_s;
    QTest::newRow("spaces at the ends") << u" a b "_s << uR"(\sa b\s)"_s;
    QTest::newRow("one space") << u" "_s << uR"(\s)"_s;
    QTest::newRow("reserved and non-ASCII")
        << u"Zoë \"日本\" $x; %u #"_s << u"Zoë \"日本\" $x; %u #"_s;
}

void TestDesktopEntry::stringValue()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QCOMPARE(desktopStringValue(text), value);
    QCOMPARE(test::unescapeDesktopString(value), std::make_optional(text));
}

void TestDesktopEntry::stringValueRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("escape") << u"\u001b[31m"_s;
    QTest::newRow("NUL") << QString(QChar(u'\0'));
    QTest::newRow("delete") << u"a\u007f"_s;
    QTest::newRow("C1 control") << u"a\u0085b"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xdc00));
}

void TestDesktopEntry::stringValueRefused()
{
    QFETCH(QString, text);
    QCOMPARE(desktopStringValue(text), QString());
}

void TestDesktopEntry::fileContents()
{
    DesktopEntry entry = shortcut();
    entry.extraKeys = {{u"X-GNOME-Autostart-enabled"_s, u"true"_s},
                       {u"X-Glance-Note"_s, u" C:\\x "_s}};
    QCOMPARE(entry.problem(), QString());
    QCOMPARE(entry.toFileContents(), QByteArray("[Desktop Entry]\n"
                                                "Type=Application\n"
                                                "Version=1.4\n"
                                                "Name=Join 12 34\n"
                                                "Comment=Opens the Glance session 12 34\n"
                                                "Exec=/usr/bin/glance-launcher --join \"12 34\"\n"
                                                "Icon=io.github.glance_launcher.GlanceLauncher\n"
                                                "Terminal=false\n"
                                                "X-GNOME-Autostart-enabled=true\n"
                                                "X-Glance-Note=\\sC:\\\\x\\s\n"));
}

void TestDesktopEntry::fileContentsLeaveOutEmptyKeys()
{
    DesktopEntry entry;
    entry.name = u"Zoë"_s;
    entry.arguments = QStringList{launcher};
    QCOMPARE(entry.toFileContents(), QByteArray("[Desktop Entry]\n"
                                                "Type=Application\n"
                                                "Version=1.4\n"
                                                "Name=Zo\xc3\xab\n"
                                                "Exec=/usr/bin/glance-launcher\n"
                                                "Terminal=false\n"));
}

void TestDesktopEntry::entryProblems_data()
{
    QTest::addColumn<DesktopEntry>("entry");
    const auto add = [](const char *row, const std::function<void(DesktopEntry &)> &change) {
        DesktopEntry entry = shortcut();
        change(entry);
        QTest::newRow(row) << entry;
    };
    add("no name", [](DesktopEntry &e) { e.name.clear(); });
    add("blank name", [](DesktopEntry &e) { e.name = u"  "_s; });
    add("control in name", [](DesktopEntry &e) { e.name = u"a\u0007"_s; });
    add("control in comment", [](DesktopEntry &e) { e.comment = u"\u001b[1m"_s; });
    add("control in icon", [](DesktopEntry &e) { e.icon = u"a\u0000b"_s; });
    add("no command", [](DesktopEntry &e) { e.arguments.clear(); });
    add("newline in command", [](DesktopEntry &e) { e.arguments.append(u"a\nb"_s); });
    add("empty key", [](DesktopEntry &e) { e.extraKeys = {{QString(), u"x"_s}}; });
    add("bad key", [](DesktopEntry &e) { e.extraKeys = {{u"X_Glance"_s, u"x"_s}}; });
    add("key with equals", [](DesktopEntry &e) { e.extraKeys = {{u"X-A=B"_s, u"x"_s}}; });
    add("standard key again", [](DesktopEntry &e) { e.extraKeys = {{u"Exec"_s, u"/bin/sh"_s}}; });
    add("key twice", [](DesktopEntry &e) {
        e.extraKeys = {{u"X-Glance"_s, u"1"_s}, {u"X-Glance"_s, u"2"_s}};
    });
    add("control in value", [](DesktopEntry &e) { e.extraKeys = {{u"X-Glance"_s, u"\u0001"_s}}; });
}

void TestDesktopEntry::entryProblems()
{
    QFETCH(DesktopEntry, entry);
    QVERIFY(!entry.problem().isEmpty());
    QCOMPARE(entry.toFileContents(), QByteArray());
}

void TestDesktopEntry::writtenFilesAreValid_data()
{
    QTest::addColumn<DesktopEntry>("entry");
    QTest::addColumn<bool>("executable");

    QTest::newRow("shortcut") << shortcut() << true;

    DesktopEntry autostart;
    autostart.name = u"Glance Launcher"_s;
    autostart.comment = u"Starts in the tray when you log in"_s;
    autostart.icon = u"io.github.glance_launcher.GlanceLauncher"_s;
    autostart.arguments = QStringList{u"/opt/Glance Launcher/bin/glance-launcher"_s};
    autostart.extraKeys = {{u"X-GNOME-Autostart-enabled"_s, u"true"_s}};
    QTest::newRow("autostart") << autostart << false;

    DesktopEntry awkward;
    awkward.name = u" Zoë 日本 \\ \"Sitzung\" $HOME %u "_s;
    awkward.comment = u"Two\nlines\tand a tab"_s;
    awkward.icon = u"/opt/Glance Launcher/icons/glance.png"_s;
    awkward.arguments = QStringList{u"/opt/it's $HOME/100% \"q\" \\ #1/run"_s,
                                    u"--name"_s,
                                    u"Zoë 日本"_s,
                                    u"C:\\dir\\"_s,
                                    u"$HOME `id` \"q\" 'a'"_s,
                                    u"50%"_s,
                                    u"%u"_s,
                                    u""_s,
                                    u"--mode=x"_s,
                                    u"a&b;c|d>e<f~g*h?i#j(k)"_s};
    awkward.extraKeys = {{u"X-Glance-Note"_s, u"C:\\temp "_s}};
    QTest::newRow("awkward") << awkward << true;
}

void TestDesktopEntry::writtenFilesAreValid()
{
    QFETCH(DesktopEntry, entry);
    QFETCH(bool, executable);
    const QString path = m_dir->filePath(u"entries/glance-shortcut.desktop"_s);
    QCOMPARE(writeDesktopEntry(entry, path, executable), std::nullopt);

    QByteArray output;
    const int exitCode = validate(path, &output);
    QCOMPARE(output, QByteArray());
    QCOMPARE(exitCode, 0);

    const auto groups = test::readDesktopFile(readFile(path));
    QVERIFY(groups);
    QCOMPARE(groups->keys(), QStringList{u"Desktop Entry"_s});
    const QMap<QString, QString> keys = groups->value(u"Desktop Entry"_s);
    QCOMPARE(keys.value(u"Type"_s), u"Application"_s);
    QCOMPARE(keys.value(u"Terminal"_s), u"false"_s);
    QCOMPARE(test::unescapeDesktopString(keys.value(u"Name"_s)), std::make_optional(entry.name));
    QCOMPARE(test::unescapeDesktopString(keys.value(u"Comment"_s)),
             std::make_optional(entry.comment));
    QCOMPARE(test::unescapeDesktopString(keys.value(u"Icon"_s)), std::make_optional(entry.icon));
    QCOMPARE(test::parseDesktopExec(keys.value(u"Exec"_s)), std::make_optional(entry.arguments));
    for (const auto &[key, value] : entry.extraKeys) {
        QCOMPARE(test::unescapeDesktopString(keys.value(key)), std::make_optional(value));
    }
}

void TestDesktopEntry::permissions_data()
{
    QTest::addColumn<bool>("executable");
    QTest::addColumn<int>("mode");
    QTest::newRow("executable") << true << 0755;
    QTest::newRow("not executable") << false << 0644;
}

void TestDesktopEntry::permissions()
{
    QFETCH(bool, executable);
    QFETCH(int, mode);
    const QString path = m_dir->filePath(u"entries/glance.desktop"_s);
    QCOMPARE(writeDesktopEntry(shortcut(), path, executable), std::nullopt);
    QCOMPARE(modeOf(path), mode);

    // Written again over a file with the other permissions, and with a strict umask.
    QVERIFY(
        QFile::setPermissions(path, executable ? QFile::ReadOwner : QFile::Permissions(0x7777)));
    const mode_t umaskBefore = ::umask(077);
    const auto failure = writeDesktopEntry(shortcut(), path, executable);
    ::umask(umaskBefore);
    QCOMPARE(failure, std::nullopt);
    QCOMPARE(modeOf(path), mode);
    QCOMPARE(QDir(m_dir->filePath(u"entries"_s))
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"glance.desktop"_s});
}

void TestDesktopEntry::createsTheFolder()
{
    const QString path = m_dir->filePath(u"a/b c/autostart/glance.desktop"_s);
    QCOMPARE(writeDesktopEntry(shortcut(), path, false), std::nullopt);
    QCOMPARE(readFile(path), shortcut().toFileContents());
}

void TestDesktopEntry::failureIsReportedAndNothingIsLost()
{
    // A file where the folder should be.
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QVERIFY(writeFile(blocker, "not a folder"));
    const auto noFolder = writeDesktopEntry(shortcut(), blocker + u"/glance.desktop"_s, false);
    QVERIFY(noFolder.has_value());
    QVERIFY2(noFolder->contains(blocker), qPrintable(*noFolder));
    QCOMPARE(readFile(blocker), QByteArray("not a folder"));

    // A folder where the file should be.
    const QString folder = m_dir->filePath(u"folder.desktop"_s);
    QVERIFY(QDir().mkpath(folder));
    const auto isFolder = writeDesktopEntry(shortcut(), folder, false);
    QVERIFY(isFolder.has_value());
    QVERIFY2(isFolder->contains(folder), qPrintable(*isFolder));
    QVERIFY(QFileInfo(folder).isDir());

    // An entry that cannot be written leaves the old file as it was.
    const QString path = m_dir->filePath(u"old.desktop"_s);
    QVERIFY(writeFile(path, "old"));
    DesktopEntry broken = shortcut();
    broken.name.clear();
    QCOMPARE(writeDesktopEntry(broken, path, false), std::make_optional(broken.problem()));
    QCOMPARE(readFile(path), QByteArray("old"));
}

void TestDesktopEntry::readOnlyFolderIsReported()
{
    GLANCE_REQUIRE_SANDBOX();
    const QString folder = m_dir->filePath(u"entries"_s);
    const QString path = folder + u"/glance.desktop"_s;
    QCOMPARE(writeDesktopEntry(shortcut(), path, false), std::nullopt);
    const QByteArray before = readFile(path);
    QVERIFY(test::makeReadOnly(folder));

    DesktopEntry changed = shortcut();
    changed.name = u"Something else"_s;
    const auto failure = writeDesktopEntry(changed, path, true);
    QVERIFY(failure.has_value());
    QVERIFY2(failure->contains(path), qPrintable(*failure));
    QCOMPARE(readFile(path), before);
    QCOMPARE(modeOf(path), 0644);
}

void TestDesktopEntry::fullDiskIsReportedAndNothingIsLost()
{
    GLANCE_REQUIRE_SANDBOX();
    if (!test::isRoot()) {
        QSKIP("a full disk is made with a tmpfs, which needs root");
    }
    const QString folder = m_dir->filePath(u"entries"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::mountFullDisk(folder));
    const QString path = folder + u"/glance.desktop"_s;
    DesktopEntry big = shortcut();
    big.comment = QString(64 * 1024, u'x');
    const auto failure = writeDesktopEntry(big, path, false);
    QVERIFY(failure.has_value());
    QVERIFY2(failure->contains(path), qPrintable(*failure));
    QVERIFY(!QFile::exists(path));
}

// The end-to-end check: GLib's launcher, a real and independent implementation of the
// specification, runs a recording script of the test's own from each written entry.
void TestDesktopEntry::gioLaunchesExactlyTheArguments_data()
{
    addAwkwardCommandLines();
}

void TestDesktopEntry::gioLaunchesExactlyTheArguments()
{
    QFETCH(QStringList, arguments);
    const QString gio = QStandardPaths::findExecutable(u"gio"_s);
    if (gio.isEmpty()) {
        QSKIP("gio is not installed (Debian: libglib2.0-bin)");
    }
    const QString recorded = m_dir->filePath(u"arguments"_s);
    QVERIFY(!recorded.contains(u'\''));
    // The program's own path needs quoting and escaping too. It holds no '%': GLib 2.74 looks
    // the program up before it turns "%%" into "%", and then does not find it.
    const QString folder = m_dir->filePath(u"recorder \"q\" 'a' $HOME #1 & \\x Zoë"_s);
    const QString recorder = folder + u"/record arguments"_s;
    QVERIFY(QDir().mkpath(folder));
    // Each argument as it arrives, NUL-terminated; renamed into place once complete.
    const QByteArray target = "'" + QFile::encodeName(recorded) + "'";
    const QByteArray part = "'" + QFile::encodeName(recorded) + ".part'";
    QVERIFY(writeFile(recorder, "#!/bin/sh\nfor argument do printf '%s\\0' \"$argument\"; done > " +
                                    part + " && mv " + part + " " + target + "\n"));
    QVERIFY(
        QFile::setPermissions(recorder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    DesktopEntry entry;
    entry.name = u"Recorder"_s;
    entry.arguments = QStringList{recorder} + arguments.mid(1);
    const QString path = m_dir->filePath(u"recorder.desktop"_s);
    QCOMPARE(writeDesktopEntry(entry, path, false), std::nullopt);

    QProcess process;
    process.start(gio, {u"launch"_s, path});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             errors.constData());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recorded), 10000);

    QByteArrayList received = readFile(recorded).split('\0');
    received.removeLast(); // after the last NUL, or the whole of an empty file
    QStringList receivedArguments;
    for (const QByteArray &argument : std::as_const(received)) {
        receivedArguments.append(QString::fromUtf8(argument));
    }
    QCOMPARE(receivedArguments, arguments.mid(1));
}

void TestDesktopEntry::packagedEntryIsValid()
{
    const QString path = QStringLiteral(GLANCE_PACKAGED_DESKTOP_FILE);
    QByteArray output;
    const int exitCode = validate(path, &output);
    QCOMPARE(output, QByteArray());
    QCOMPARE(exitCode, 0);

    const auto groups = test::readDesktopFile(readFile(path));
    QVERIFY(groups);
    const QMap<QString, QString> keys = groups->value(u"Desktop Entry"_s);
    QCOMPARE(keys.value(u"Type"_s), u"Application"_s);
    QCOMPARE(keys.value(u"Name"_s), u"Glance Launcher"_s);
    QCOMPARE(keys.value(u"Icon"_s), u"io.github.glance_launcher.GlanceLauncher"_s);
    QCOMPARE(keys.value(u"Terminal"_s), u"false"_s);
    QCOMPARE(keys.value(u"StartupNotify"_s), u"false"_s);
    QCOMPARE(test::parseDesktopExec(keys.value(u"Exec"_s)),
             std::make_optional(QStringList{u"glance-launcher"_s}));
    QCOMPARE(keys.value(u"Actions"_s).split(u';', Qt::SkipEmptyParts),
             (QStringList{u"join"_s, u"agent-join"_s, u"account-summary"_s, u"login-key"_s,
                          u"sso-test"_s, u"settings"_s}));
    // The main group and one group per action, nothing else.
    QCOMPARE(groups->size(), 7);
}

void TestDesktopEntry::packagedActions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("option");
    QTest::addColumn<Request::Action>("action");
    using Action = Request::Action;
    QTest::newRow("join") << u"join"_s << u"Join a Session…"_s << u"--dialog"_s
                          << Action::ShowDialog;
    QTest::newRow("agent-join") << u"agent-join"_s << u"Open Join Page"_s << u"--agent-join"_s
                                << Action::OpenJoinPage;
    QTest::newRow("account-summary") << u"account-summary"_s << u"Account Summary"_s
                                     << u"--account-summary"_s << Action::AccountSummary;
    QTest::newRow("login-key") << u"login-key"_s << u"Login Key"_s << u"--login-key"_s
                               << Action::LoginKey;
    QTest::newRow("sso-test") << u"sso-test"_s << u"SSO Troubleshooting"_s << u"--sso-test"_s
                              << Action::SsoTroubleshooting;
    QTest::newRow("settings") << u"settings"_s << u"Settings…"_s << u"--settings"_s
                              << Action::ShowSettings;
}

void TestDesktopEntry::packagedActions()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, option);
    QFETCH(Request::Action, action);
    const auto groups =
        test::readDesktopFile(readFile(QStringLiteral(GLANCE_PACKAGED_DESKTOP_FILE)));
    QVERIFY(groups);
    const QString group = u"Desktop Action "_s + id;
    QVERIFY(groups->contains(group));
    const QMap<QString, QString> keys = groups->value(group);
    QCOMPARE(test::unescapeDesktopString(keys.value(u"Name"_s)), std::make_optional(name));
    const auto arguments = test::parseDesktopExec(keys.value(u"Exec"_s));
    QCOMPARE(arguments, std::make_optional(QStringList{u"glance-launcher"_s, option}));

    // The app reads the action's command line as that action.
    const CommandLine commandLine = CommandLine::parse(*arguments);
    QCOMPARE(commandLine.outcome(), CommandLine::Outcome::Run);
    QCOMPARE(commandLine.request().action, action);
}

GLANCE_SANDBOXED_TEST_MAIN(TestDesktopEntry, QCoreApplication)

#include "tst_desktopentry.moc"
