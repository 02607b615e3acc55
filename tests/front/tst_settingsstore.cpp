#include "app/front/settingsstore.h"
#include "tests/support/bytes.h"
#include "tests/support/sandbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace glance;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SettingsValues agent()
{
    SettingsValues values;
    values.name = u"José Müller"_s;
    values.email = u"a+b@example.com"_s;
    values.phone = u"(111)222-3333"_s;
    values.selector = u"idpname"_s;
    values.selectorValue = u"Acme & Co = #1"_s;
    values.viewerSameWindow = u"true"_s;
    values.mode = u"chatinvitation"_s;
    values.server = u"https://beta.glance.net"_s;
    return values;
}

// Files with a line QSettings cannot read, which it reports only while it parses them. Found by
// fuzz_settings.
void addMalformedFiles()
{
    const QString why = u"is not a valid settings file"_s;
    QTest::newRow("comment line in a section")
        << QByteArray("[identity]\nname=Agnes\n# work phone\nphone=555\n") << why;
    QTest::newRow("line without =") << QByteArray("[identity]\nname=Agnes\nphone\n") << why;
    QTest::newRow("section header without ]")
        << QByteArray("[identity]\nname=Agnes\n[history\n") << why;
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultLocationsFollowXdg();
    void roundTrip();
    void missingFilesGiveDefaults();
    void systemDefaultUnderUserValue();
    void saveKeepsOnlyWhatDiffersFromTheSystem();
    void saveWritesTheVersion();
    void readOnlyFileIsReportedAndNothingIsLost();
    void readOnlyFolderIsReported();
    void fullDiskIsReportedAndNothingIsLost();
    void unreadableFilesNeverStopLoading();
    void valuesWithCommasAreText();
    void selectorAndValueTravelTogether();
    void lockedKeysComeFromTheAdministrator();
    void brokenUserFileIsKeptAside_data();
    void brokenUserFileIsKeptAside();
    void saveNeverWritesOverABrokenFile();
    void malformedFileIsRefusedEveryTime_data();
    void malformedFileIsRefusedEveryTime();
    void saveKeepsAMalformedFileAside_data();
    void saveKeepsAMalformedFileAside();
    void saveNeverWritesOverAMalformedFileItCannotKeep();
    void brokenSystemFileLeavesTheUsersSettings();
    void valuesThatAreNotTextAreMarked();
    void typedValuesAreMarked_data();
    void typedValuesAreMarked();
    void filesAsPeopleWriteThemAreRead_data();
    void filesAsPeopleWriteThemAreRead();
    void keysOutsideTheirSectionCount();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_user;
    QString m_system;
};

void TestSettingsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_user = m_dir->filePath(u"user/glance-launcher/glance-launcher.conf"_s);
    m_system = m_dir->filePath(u"system/glance-launcher/glance-launcher.conf"_s);
}

void TestSettingsStore::cleanup()
{
    test::releaseMounts();
    if (!test::isRoot()) {
        // Undo chmod so that the folder can be removed.
        for (const QString &path : {m_user, QFileInfo(m_user).absolutePath()}) {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }
    m_dir.reset();
}

void TestSettingsStore::defaultLocationsFollowXdg()
{
    const SettingsStore store;
    QCOMPARE(store.userFile(),
             qEnvironmentVariable("XDG_CONFIG_HOME") + u"/glance-launcher/glance-launcher.conf"_s);
    QCOMPARE(store.systemFile(),
             qEnvironmentVariable("XDG_CONFIG_DIRS") + u"/glance-launcher/glance-launcher.conf"_s);
}

void TestSettingsStore::roundTrip()
{
    SettingsStore store(m_user, m_system);
    QCOMPARE(store.save(agent()), std::nullopt);
    QCOMPARE(SettingsStore(m_user, m_system).load(), agent());
}

void TestSettingsStore::missingFilesGiveDefaults()
{
    QCOMPARE(SettingsStore(m_user, m_system).load(), SettingsValues());
    QVERIFY(!QFile::exists(m_user));
}

void TestSettingsStore::systemDefaultUnderUserValue()
{
    writeFile(m_system, "[account]\nselector=idpid\nvalue=12345\n"
                        "[identity]\nname=Team Default\nemail=team@example.com\n");
    writeFile(m_user, "[identity]\nname=User Name\n");
    const SettingsValues values = SettingsStore(m_user, m_system).load();
    QCOMPARE(values.name, u"User Name"_s);
    QCOMPARE(values.email, u"team@example.com"_s);
    QCOMPARE(values.selector, u"idpid"_s);
    QCOMPARE(values.selectorValue, u"12345"_s);
    QCOMPARE(values.server, QString());
}

void TestSettingsStore::saveKeepsOnlyWhatDiffersFromTheSystem()
{
    writeFile(m_system, "[account]\nselector=idpid\nvalue=12345\n");
    SettingsStore store(m_user, m_system);
    SettingsValues values = store.load();
    values.name = u"User Name"_s;
    QCOMPARE(store.save(values), std::nullopt);
    const QByteArray written = readFile(m_user);
    QVERIFY(written.contains("name=User Name"));
    QVERIFY2(!written.contains("12345"), written.constData());

    // The administrator moves the team to another group: the user follows.
    writeFile(m_system, "[account]\nselector=idpid\nvalue=678901\n");
    QCOMPARE(store.load().selectorValue, u"678901"_s);
    QCOMPARE(store.load().name, u"User Name"_s);
}

void TestSettingsStore::saveWritesTheVersion()
{
    SettingsStore store(m_user, m_system);
    QCOMPARE(store.save(SettingsValues()), std::nullopt);
    QVERIFY(readFile(m_user).contains("[settings]\nversion=1"));
}

void TestSettingsStore::readOnlyFileIsReportedAndNothingIsLost()
{
    GLANCE_REQUIRE_SANDBOX();
    SettingsStore store(m_user, m_system);
    QCOMPARE(store.save(agent()), std::nullopt);
    const QByteArray before = readFile(m_user);
    QVERIFY(test::makeReadOnly(m_user));

    SettingsValues changed = agent();
    changed.name = u"Someone Else"_s;
    const auto failure = store.save(changed);
    QVERIFY(failure.has_value());
    QVERIFY2(failure->contains(m_user), qPrintable(*failure));
    QCOMPARE(readFile(m_user), before);
    // Not even this process believes it was saved.
    QCOMPARE(SettingsStore(m_user, m_system).load(), agent());
}

void TestSettingsStore::readOnlyFolderIsReported()
{
    GLANCE_REQUIRE_SANDBOX();
    const QString folder = QFileInfo(m_user).absolutePath();
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::makeReadOnly(folder));
    SettingsStore store(m_user, m_system);
    const auto failure = store.save(agent());
    QVERIFY(failure.has_value());
    QVERIFY2(failure->contains(u"read-only"_s), qPrintable(*failure));
    QVERIFY(!QFile::exists(m_user));
    QCOMPARE(store.load(), SettingsValues());
}

void TestSettingsStore::fullDiskIsReportedAndNothingIsLost()
{
    GLANCE_REQUIRE_SANDBOX();
    if (!test::isRoot()) {
        QSKIP("a full disk is made with a tmpfs, which needs root");
    }
    const QString folder = QFileInfo(m_user).absolutePath();
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::mountFullDisk(folder));
    SettingsStore store(m_user, m_system);
    const auto failure = store.save(agent());
    QVERIFY(failure.has_value());
    QVERIFY2(failure->contains(m_user), qPrintable(*failure));
    QCOMPARE(store.load(), SettingsValues());
    QCOMPARE(SettingsStore(m_user, m_system).load(), SettingsValues());
}

void TestSettingsStore::unreadableFilesNeverStopLoading()
{
    // A folder where the file should be, and a file of garbage.
    QVERIFY(QDir().mkpath(m_user));
    writeFile(m_system, test::bytes("\0\xff\xfe[[[=\n"));
    QStringList userErrors;
    QStringList systemErrors;
    QCOMPARE(SettingsStore(m_user, m_system).load(&userErrors, &systemErrors), SettingsValues());
    QCOMPARE(userErrors, QStringList{m_user + u" is not a regular file"_s});
    QCOMPARE(systemErrors, QStringList{m_system + u" holds NUL bytes"_s});
}

// An account selector from one file and its value from another would name another account.
void TestSettingsStore::selectorAndValueTravelTogether()
{
    writeFile(m_system, "[account]\nselector=idpid\nvalue=12345\n");
    SettingsStore store(m_user, m_system);
    SettingsValues mine = store.load();
    mine.selectorValue = u"67890"_s;
    QCOMPARE(store.save(mine), std::nullopt);
    const QByteArray written = readFile(m_user);
    QVERIFY2(written.contains("selector=idpid") && written.contains("value=67890"),
             written.constData());

    // The administrator moves everyone to a group name: this user keeps their own pair.
    writeFile(m_system, "[account]\nselector=idpname\nvalue=Acme\n");
    QCOMPARE(store.load().selector, u"idpid"_s);
    QCOMPARE(store.load().selectorValue, u"67890"_s);

    // A user file with only one of the two takes the other from the defaults, not the system.
    writeFile(m_user, "[account]\nselector=idptoken\n");
    QCOMPARE(store.load().selector, u"idptoken"_s);
    QCOMPARE(store.load().selectorValue, QString());
}

void TestSettingsStore::brokenUserFileIsKeptAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    QTest::newRow("NUL bytes") << test::bytes("[identity]\nname=A\0\0\0\n") << u"holds NUL bytes"_s;
    QTest::newRow("cut off") << QByteArray("[identity]\nname=Jo")
                             << u"is cut off in the middle of a line"_s;
    QTest::newRow("not UTF-8") << QByteArray("[identity]\nname=Jos\xe9\n")
                               << u"is not UTF-8 text"_s;
    addMalformedFiles();
}

void TestSettingsStore::brokenUserFileIsKeptAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    writeFile(m_system, "[account]\nselector=idpid\nvalue=12345\n");
    writeFile(m_user, content);
    SettingsStore store(m_user, m_system);
    QStringList errors;
    store.load(&errors);
    QCOMPARE(errors, QStringList{m_user + u" "_s + why});

    const auto broken = store.setAsideBrokenUserFile();
    QVERIFY(broken);
    QCOMPARE(broken->file, m_user);
    QCOMPARE(broken->why, m_user + u" "_s + why);
    QVERIFY2(broken->keptAs.startsWith(m_user + u".broken-"_s), qPrintable(broken->keptAs));
    // Kept as it was, byte for byte; the app goes on from the administrator's settings.
    QCOMPARE(readFile(broken->keptAs), content);
    QVERIFY(!QFile::exists(m_user));
    errors.clear();
    QCOMPARE(store.load(&errors).selectorValue, u"12345"_s);
    QVERIFY(errors.isEmpty());
    // Once: a second look finds nothing to do.
    QCOMPARE(store.setAsideBrokenUserFile(), std::nullopt);
}

void TestSettingsStore::saveNeverWritesOverABrokenFile()
{
    writeFile(m_user, "[identity]\nname=Someone Imp");
    SettingsStore store(m_user, m_system);
    SettingsValues values;
    values.name = u"New Name"_s;
    QCOMPARE(store.save(values), std::nullopt);
    QCOMPARE(store.load().name, u"New Name"_s);
    const QStringList kept =
        QDir(QFileInfo(m_user).absolutePath()).entryList({u"glance-launcher.conf.broken-*"_s});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(readFile(QFileInfo(m_user).absolutePath() + u'/' + kept.constFirst()),
             QByteArray("[identity]\nname=Someone Imp"));
}

void TestSettingsStore::malformedFileIsRefusedEveryTime_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    addMalformedFiles();
}

// QSettings parses a file once per process and reports its errors only then.
void TestSettingsStore::malformedFileIsRefusedEveryTime()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    writeFile(m_user, content);
    for (int time = 1; time <= 3; ++time) {
        QStringList errors;
        QCOMPARE(SettingsStore(m_user, m_system).load(&errors).name, QString());
        QCOMPARE(errors, QStringList{m_user + u" "_s + why});
    }

    QVERIFY(QFile::remove(m_user));
    writeFile(m_system, content + "[policy]\nlocked=identity/name\n");
    for (int time = 1; time <= 3; ++time) {
        QStringList systemErrors;
        const SettingsValues values = SettingsStore(m_user, m_system).load(nullptr, &systemErrors);
        QCOMPARE(values.name, QString());
        QVERIFY(values.locked.isEmpty());
        QCOMPARE(systemErrors, QStringList{m_system + u" "_s + why});
    }

    // Mended, it is read again.
    writeFile(m_system, "[identity]\nname=Agnes Mended\n");
    QStringList systemErrors;
    QCOMPARE(SettingsStore(m_user, m_system).load(nullptr, &systemErrors).name, u"Agnes Mended"_s);
    QVERIFY(systemErrors.isEmpty());
}

void TestSettingsStore::saveKeepsAMalformedFileAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    addMalformedFiles();
}

// Saving over a malformed file, even one this process has read before, writes the new values,
// keeps the old file aside and reports no failure.
void TestSettingsStore::saveKeepsAMalformedFileAside()
{
    QFETCH(QByteArray, content);
    writeFile(m_user, content);
    SettingsStore store(m_user, m_system);
    store.load();
    store.load();
    SettingsValues values = agent();
    QCOMPARE(store.save(values), std::nullopt);
    QStringList errors;
    QCOMPARE(store.load(&errors), values);
    QVERIFY(errors.isEmpty());
    const QStringList kept =
        QDir(QFileInfo(m_user).absolutePath()).entryList({u"glance-launcher.conf.broken-*"_s});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(readFile(QFileInfo(m_user).absolutePath() + u'/' + kept.constFirst()), content);

    values.name = u"Saved Twice"_s;
    QCOMPARE(store.save(values), std::nullopt);
    QCOMPARE(store.load(), values);
}

void TestSettingsStore::saveNeverWritesOverAMalformedFileItCannotKeep()
{
    GLANCE_REQUIRE_SANDBOX();
    const QByteArray content = "[identity]\nname=Agnes\n# work phone\n";
    writeFile(m_user, content);
    QVERIFY(test::makeReadOnly(QFileInfo(m_user).absolutePath()));
    SettingsStore store(m_user, m_system);
    const auto failure = store.save(agent());
    QVERIFY(failure.has_value());
    QVERIFY2(failure->contains(u"read-only"_s), qPrintable(*failure));
    QCOMPARE(readFile(m_user), content);
}

void TestSettingsStore::lockedKeysComeFromTheAdministrator()
{
    writeFile(m_system, "[account]\nselector=idpid\nvalue=12345\n"
                        "[policy]\nlocked=account/value, service/server, no/such/key\n");
    writeFile(m_user, "[account]\nselector=idpname\nvalue=Mine\n[service]\n"
                      "server=https://beta.glance.net\n[identity]\nname=User Name\n");
    SettingsStore store(m_user, m_system);
    const SettingsValues values = store.load();
    // Locking the value locks its selector too; the server is locked to the default.
    QCOMPARE(values.locked,
             (QStringList{u"account/selector"_s, u"account/value"_s, u"service/server"_s}));
    QCOMPARE(values.selector, u"idpid"_s);
    QCOMPARE(values.selectorValue, u"12345"_s);
    QCOMPARE(values.server, QString());
    QCOMPARE(values.name, u"User Name"_s);

    // Saving never writes a locked key, and keeps what the user had for when it is unlocked.
    SettingsValues changed = values;
    changed.selectorValue = u"999"_s;
    changed.name = u"Other Name"_s;
    QCOMPARE(store.save(changed), std::nullopt);
    const QByteArray written = readFile(m_user);
    QVERIFY2(written.contains("value=Mine") && written.contains("server=https://beta"),
             written.constData());
    QVERIFY(!written.contains("999"));
    QCOMPARE(store.load().name, u"Other Name"_s);

    // A policy group in the user's own file locks nothing.
    writeFile(m_system, "");
    writeFile(m_user, "[policy]\nlocked=identity/name\n");
    QVERIFY(store.load().locked.isEmpty());
}

void TestSettingsStore::brokenSystemFileLeavesTheUsersSettings()
{
    writeFile(m_system, test::bytes("\xff\xfe[account]\nvalue=1\0"));
    writeFile(m_user, "[identity]\nname=User Name\n");
    QStringList userErrors;
    QStringList systemErrors;
    const SettingsValues values = SettingsStore(m_user, m_system).load(&userErrors, &systemErrors);
    QCOMPARE(values.name, u"User Name"_s);
    QVERIFY(userErrors.isEmpty());
    QCOMPARE(systemErrors.size(), 1);
}

// QSettings reads an unquoted comma as a list; the text is what the file says.
void TestSettingsStore::valuesWithCommasAreText()
{
    writeFile(m_system, "[identity]\nname=Smith, John\n[account]\nselector=idpname\n"
                        "value=R&D, Europe\n");
    const SettingsValues values = SettingsStore(m_user, m_system).load();
    QCOMPARE(values.name, u"Smith, John"_s);
    QCOMPARE(values.selectorValue, u"R&D, Europe"_s);
    QVERIFY(values.unreadable.isEmpty());
    // Written by the app, such values are quoted and read back the same.
    SettingsStore store(m_user, m_system);
    SettingsValues mine = values;
    mine.name = u"Doe, Jane; \"JD\""_s;
    QCOMPARE(store.save(mine), std::nullopt);
    QCOMPARE(store.load().name, mine.name);
}

void TestSettingsStore::valuesThatAreNotTextAreMarked()
{
    writeFile(m_system, "[identity]\nname=@Rect(1 2 3 4)\nemail=@Size(3 4)\n");
    QStringList errors;
    SettingsValues values = SettingsStore(m_user, m_system).load(&errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(values.unreadable, (QStringList{u"identity/name"_s, u"identity/email"_s}));
    // A value the user sets replaces the unreadable one.
    writeFile(m_user, "[identity]\nname=User Name\n");
    values = SettingsStore(m_user, m_system).load();
    QCOMPARE(values.unreadable, QStringList{u"identity/email"_s});
}

void TestSettingsStore::typedValuesAreMarked_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::newRow("invalid email")
        << QByteArray("[identity]\nemail=@Invalid()\n") << u"identity/email"_s;
    QTest::newRow("invalid selector")
        << QByteArray("[account]\nselector=@Invalid()\n") << u"account/selector"_s;
    QTest::newRow("invalid same window")
        << QByteArray("[join]\nviewerSameWindow=@Invalid()\n") << u"join/viewerSameWindow"_s;
    QTest::newRow("variant of an unknown type")
        << QByteArray("[identity]\nname=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x4Nope\\0)\n")
        << u"identity/name"_s;
    QTest::newRow("byte array") << QByteArray("[identity]\nname=@ByteArray(Bob)\n")
                                << u"identity/name"_s;
    QTest::newRow("date time") << QByteArray("[service]\nserver=@DateTime()\n")
                               << u"service/server"_s;
}

// A value QSettings reads as anything but text is never taken as empty or as the default.
void TestSettingsStore::typedValuesAreMarked()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    writeFile(m_user, content);
    QStringList errors;
    const SettingsValues values = SettingsStore(m_user, m_system).load(&errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(values.unreadable, QStringList{key});
    QCOMPARE(values.origins.value(key), m_user);
}

void TestSettingsStore::filesAsPeopleWriteThemAreRead_data()
{
    QTest::addColumn<bool>("system");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("user file with a byte-order mark")
        << false << QByteArray("\xef\xbb\xbf[account]\nselector=idpid\nvalue=12\n");
    QTest::newRow("system file with a byte-order mark")
        << true << QByteArray("\xef\xbb\xbf[account]\nselector=idpid\nvalue=12\n");
    // Administrators write theirs by hand; the app always ends the user's with a line break.
    QTest::newRow("system file without a final line break")
        << true << QByteArray("[account]\nselector=idpid\nvalue=12");
    QTest::newRow("system file with a byte-order mark and no final line break")
        << true << QByteArray("\xef\xbb\xbf[account]\nselector=idpid\nvalue=12");
}

void TestSettingsStore::filesAsPeopleWriteThemAreRead()
{
    QFETCH(bool, system);
    QFETCH(QByteArray, content);
    writeFile(system ? m_system : m_user, content);
    SettingsStore store(m_user, m_system);
    QStringList userErrors;
    QStringList systemErrors;
    const SettingsValues values = store.load(&userErrors, &systemErrors);
    QCOMPARE(userErrors, QStringList());
    QCOMPARE(systemErrors, QStringList());
    QCOMPARE(values.selector, u"idpid"_s);
    QCOMPARE(values.selectorValue, u"12"_s);
    QCOMPARE(store.setAsideBrokenUserFile(), std::nullopt);
}

// "identity/name=Agnes" at the top of a file, outside [identity], is that key to QSettings,
// which moves it into its section when it saves: it counts from the start, and a save changes
// nothing. Found by fuzz_settings.
void TestSettingsStore::keysOutsideTheirSectionCount()
{
    writeFile(m_system, "policy/locked=service/server\nservice/server=https://eu.glance.net\n");
    writeFile(m_user, "identity/name=Agnes\naccount/value=12345\n[account]\nselector=idpid\n"
                      "[identity]\nemail=agnes@example.com\n");
    SettingsStore store(m_user, m_system);
    const SettingsValues values = store.load();
    QCOMPARE(values.name, u"Agnes"_s);
    QCOMPARE(values.email, u"agnes@example.com"_s);
    QCOMPARE(values.selector, u"idpid"_s);
    QCOMPARE(values.selectorValue, u"12345"_s);
    QCOMPARE(values.locked, QStringList{u"service/server"_s});
    QCOMPARE(values.server, u"https://eu.glance.net"_s);
    QCOMPARE(store.save(values), std::nullopt);
    QCOMPARE(store.load(), values);
}

GLANCE_SANDBOXED_TEST_MAIN(TestSettingsStore, QCoreApplication)
#include "tst_settingsstore.moc"
