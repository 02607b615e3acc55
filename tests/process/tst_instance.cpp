#include "tests/support/bytes.h"
#include "tests/support/sandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Real primaries and later launches, in processes, on a real X server of the test's own
// (Xvfb), with a recording script as the browser. Each test runs in the home and runtime folder
// run-isolated.sh made for this test executable.
class TestInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void forwardsAwkwardValuesIntact();
    void bareSecondLaunchShowsTheDialog();
    void refusalsComeBackFromThePrimary();
    void tenSimultaneousLaunchesLeaveOnePrimary();
    void simultaneousJoinsWithoutPrimaryHappenOnce();
    void killedPrimaryNeverBlocksTheNext();
    void stoppedPrimaryMakesLaunchesFailInTime();
    void garbageLeavesThePrimaryWorking();
    void socketAndFolderArePrivate();
    void otherUsersCannotConnect();
    void namesArePerDesktopSession();
    void withoutRuntimeFolderAPrivateOneIsMade();
    void quitStopsThePrimary();
    void primaryThatCannotListenGivesUp();
    void fullQueueFailsInTime();
    void terminatedPrimaryTidiesUp();
    void joinWithoutPrimaryIsRemembered();
    void readOnlyHomeStillWorks();

private:
    QProcessEnvironment environment() const;
    QProcess *startPrimary(const QStringList &arguments = {});
    QString logOf(const QProcess *primary) const;
    int launch(const QStringList &arguments, QString *err = nullptr, int timeout = 30000);
    QStringList openedLinks() const;
    QString socketPath() const;
    bool waitForSocket() const;
    bool sendRaw(const QByteArray &bytes, QByteArray *answer = nullptr);

    QProcess m_xvfb;
    QString m_display;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QProcess *> m_primaries;
    QString m_runtime;
};

void TestInstance::initTestCase()
{
    m_xvfb.start(u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-noreset"_s, u"-nolisten"_s, u"tcp"_s,
                             u"-screen"_s, u"0"_s, u"800x600x24"_s});
    QVERIFY2(m_xvfb.waitForStarted(), "Xvfb is needed: tools/quickstart.sh installs it");
    QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 10000);
    m_display = u":"_s + QString::fromLatin1(m_xvfb.readLine()).trimmed();
    m_runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    QVERIFY(!m_runtime.isEmpty());
}

void TestInstance::cleanupTestCase()
{
    m_xvfb.terminate();
    m_xvfb.waitForFinished();
}

void TestInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString browser = m_dir->filePath(u"browser"_s);
    QFile script(browser);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nprintf '%s\\n' \"$1\" >> \"$0.links\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestInstance::cleanup()
{
    for (QProcess *primary : std::as_const(m_primaries)) {
        ::kill(pid_t(primary->processId()), SIGCONT);
        primary->kill();
        primary->waitForFinished();
        delete primary;
    }
    m_primaries.clear();
    QDir(m_runtime + u"/glance-launcher"_s).removeRecursively();
}

QProcessEnvironment TestInstance::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"BROWSER"_s, m_dir->filePath(u"browser"_s));
    env.insert(u"QT_LOGGING_RULES"_s, u"glance.ipc.info=true"_s);
    return env;
}

QProcess *TestInstance::startPrimary(const QStringList &arguments)
{
    auto *primary = new QProcess;
    primary->setProcessEnvironment(environment());
    primary->setProcessChannelMode(QProcess::MergedChannels);
    primary->setStandardOutputFile(m_dir->filePath(u"log-%1"_s.arg(m_primaries.size())));
    primary->setObjectName(m_dir->filePath(u"log-%1"_s.arg(m_primaries.size())));
    primary->start(QStringLiteral(GLANCE_LAUNCHER_BINARY), arguments);
    m_primaries << primary;
    return primary;
}

QString TestInstance::logOf(const QProcess *primary) const
{
    QFile log(primary->objectName());
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

int TestInstance::launch(const QStringList &arguments, QString *err, int timeout)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(GLANCE_LAUNCHER_BINARY), arguments);
    if (!process.waitForFinished(timeout)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (err) {
        *err = QString::fromUtf8(process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QStringList TestInstance::openedLinks() const
{
    QFile file(m_dir->filePath(u"browser.links"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QString TestInstance::socketPath() const
{
    const QDir folder(m_runtime + u"/glance-launcher"_s);
    const QStringList sockets = folder.entryList({u"*.socket"_s}, QDir::System);
    return sockets.size() == 1 ? folder.filePath(sockets.constFirst()) : QString();
}

bool TestInstance::waitForSocket() const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        QLocalSocket probe;
        probe.connectToServer(socketPath());
        if (!socketPath().isEmpty() && probe.waitForConnected(100)) {
            return true;
        }
        QTest::qWait(20);
    }
    return false;
}

bool TestInstance::sendRaw(const QByteArray &bytes, QByteArray *answer)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(2000)) {
        return false;
    }
    socket.write(bytes);
    socket.waitForBytesWritten(2000);
    // The primary answers garbage by hanging up.
    socket.waitForDisconnected(7000);
    if (answer) {
        *answer = socket.readAll();
    }
    return socket.state() == QLocalSocket::UnconnectedState;
}

void TestInstance::forwardsAwkwardValuesIntact()
{
    startPrimary();
    QVERIFY(waitForSocket());
    QString err;
    QCOMPARE(launch({u"--join"_s, u" 12 34\r\n"_s, u"--name"_s, u"A&B=C #D %E +F Zoë"_s,
                     u"--email"_s, u"a+b@example.com"_s, u"--idpname"_s, u"R&D, Europe"_s,
                     u"--server"_s, u"http://127.0.0.1:8080"_s},
                    &err),
             0);
    QCOMPARE(err, QString());
    QTRY_COMPARE(openedLinks(),
                 QStringList{u"http://127.0.0.1:8080/agentjoin/AgentView.aspx?idpname=R%26D%2C+"
                             u"Europe&SessionKey=1234&name=A%26B%3DC+%23D+%25E+%2BF+Zo%C3%AB&"
                             u"email=a%2Bb@example.com"_s});
}

void TestInstance::bareSecondLaunchShowsTheDialog()
{
    QProcess *primary = startPrimary({u"--settings"_s});
    QVERIFY(waitForSocket());
    QCOMPARE(launch({}), 0);
    QCOMPARE(launch({u"--dialog"_s}), 0);
    QTRY_COMPARE(logOf(primary).count(u"carried out a request"_s), 2);
    QProcess search;
    search.setProcessEnvironment(environment());
    search.start(u"xdotool"_s,
                 {u"search"_s, u"--onlyvisible"_s, u"--name"_s, u"Join a Glance session"_s});
    QVERIFY(search.waitForFinished());
    QCOMPARE(search.exitCode(), 0);
    QCOMPARE(primary->state(), QProcess::Running);
}

void TestInstance::refusalsComeBackFromThePrimary()
{
    startPrimary();
    QVERIFY(waitForSocket());
    QString err;
    QCOMPARE(launch({u"1234&idpid=999"_s}, &err), 2);
    QCOMPARE(err, u"glance-launcher: Session key: only letters, digits, '-', '_' and '.' are "
                  u"allowed, not '&'\n"_s);
    QCOMPARE(launch({u"--login-key"_s}, &err), 2);
    QVERIFY(err.startsWith(u"glance-launcher: Account selector: "_s));
    QVERIFY(openedLinks().isEmpty());
    // A launch without a terminal (as from a desktop shortcut) also gets the refusal shown in a
    // window by the running app.
    const auto shown = [this] {
        QProcess search;
        search.setProcessEnvironment(environment());
        search.start(u"xdotool"_s,
                     {u"search"_s, u"--onlyvisible"_s, u"--name"_s, u"^Glance Launcher$"_s});
        return search.waitForFinished() && search.exitCode() == 0;
    };
    QTRY_VERIFY(shown());
}

void TestInstance::tenSimultaneousLaunchesLeaveOnePrimary()
{
    QList<QProcess *> launches;
    for (int i = 0; i < 10; ++i) {
        QProcess *process = startPrimary();
        launches << process;
    }
    // Nine hand their request to the tenth and end; one stays.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::count_if(launches.begin(), launches.end(),
                      [](QProcess *p) { return p->state() == QProcess::NotRunning; }) == 9,
        20000);
    QTest::qWait(500);
    int running = 0;
    for (QProcess *process : std::as_const(launches)) {
        if (process->state() == QProcess::Running) {
            ++running;
            QTRY_COMPARE(logOf(process).count(u"carried out a request"_s), 9);
        } else {
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }
    }
    QCOMPARE(running, 1);

    // Ten joins at once reach it, each exactly once.
    QList<QProcess *> joins;
    QStringList expected;
    for (int i = 0; i < 10; ++i) {
        auto *join = new QProcess(this);
        join->setProcessEnvironment(environment());
        join->start(QStringLiteral(GLANCE_LAUNCHER_BINARY),
                    {u"--join"_s, QString::number(1000 + i)});
        joins << join;
        expected << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey="_s +
                        QString::number(1000 + i);
    }
    for (QProcess *join : std::as_const(joins)) {
        QVERIFY(join->waitForFinished(20000));
        QCOMPARE(join->exitCode(), 0);
    }
    QTRY_COMPARE(openedLinks().size(), 10);
    QStringList opened = openedLinks();
    opened.sort();
    QCOMPARE(opened, expected);
}

void TestInstance::simultaneousJoinsWithoutPrimaryHappenOnce()
{
    // Five bare launches and five joins at once, with no app running: the joins are carried out
    // by whichever process ends up with them, and each exactly once.
    QList<QProcess *> launches;
    QStringList expected;
    for (int i = 0; i < 10; ++i) {
        QStringList arguments;
        if (i % 2) {
            arguments = {u"--join"_s, QString::number(2000 + i)};
            expected << u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey="_s +
                            QString::number(2000 + i);
        }
        launches << startPrimary(arguments);
    }
    QTRY_COMPARE_WITH_TIMEOUT(openedLinks().size(), 5, 20000);
    QTest::qWait(1000);
    QStringList opened = openedLinks();
    opened.sort();
    QCOMPARE(opened, expected);
    const auto running = std::count_if(launches.begin(), launches.end(),
                                       [](QProcess *p) { return p->state() == QProcess::Running; });
    QCOMPARE(running, 1);
}

void TestInstance::killedPrimaryNeverBlocksTheNext()
{
    QProcess *first = startPrimary();
    QVERIFY(waitForSocket());
    const QString socket = socketPath();
    ::kill(pid_t(first->processId()), SIGKILL);
    QVERIFY(first->waitForFinished());
    // What it left behind: its socket and its lock.
    QVERIFY(QFileInfo::exists(socket));
    QCOMPARE(QDir(m_runtime + u"/glance-launcher"_s).entryList({u"*.lock"_s}).size(), 1);

    QElapsedTimer timer;
    timer.start();
    startPrimary();
    QVERIFY(waitForSocket());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(launch({u"--join"_s, u"77"_s}), 0);
    QTRY_COMPARE(openedLinks(),
                 QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=77"_s});
}

void TestInstance::stoppedPrimaryMakesLaunchesFailInTime()
{
    QProcess *primary = startPrimary();
    QVERIFY(waitForSocket());
    ::kill(pid_t(primary->processId()), SIGSTOP);
    QElapsedTimer timer;
    timer.start();
    QString err;
    QCOMPARE(launch({u"--join"_s, u"55"_s}, &err), 3);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(err.startsWith(u"glance-launcher: the running glance-launcher (pid %1) did not "
                            u"answer in time"_s.arg(primary->processId())),
             qPrintable(err));
    QVERIFY(err.contains(u"nothing was opened"_s));
    // Woken up, the primary does not carry out what its launch gave up on, and works again.
    ::kill(pid_t(primary->processId()), SIGCONT);
    QCOMPARE(launch({u"--join"_s, u"56"_s}), 0);
    QTRY_COMPARE(openedLinks(),
                 QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=56"_s});
}

void TestInstance::garbageLeavesThePrimaryWorking()
{
    QProcess *primary = startPrimary();
    QVERIFY(waitForSocket());
    QByteArray answer;
    QVERIFY(sendRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n", &answer));
    QCOMPARE(answer, QByteArray());
    QVERIFY(sendRaw(glance::test::bytes("GLNC\x01\xff\xff\xff\xff")));
    QVERIFY(sendRaw(glance::test::bytes("GLNC\x02\x00\x00\x00\x01\xa0")));
    QVERIFY(sendRaw(glance::test::bytes("GLNC\x01\x00\x00\x00\x03\xa1\x61\x61")));
    QVERIFY(sendRaw(QByteArray(100000, '\xa5')));

    // One that says nothing holds up nobody else.
    QLocalSocket silent;
    silent.connectToServer(socketPath());
    QVERIFY(silent.waitForConnected(2000));
    QCOMPARE(launch({u"--join"_s, u"88"_s}), 0);
    QTRY_COMPARE(openedLinks(),
                 QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=88"_s});
    QVERIFY(silent.waitForDisconnected(8000));
    QCOMPARE(primary->state(), QProcess::Running);
    QTRY_VERIFY2(logOf(primary).count(u"dropping"_s) >= 6, qPrintable(logOf(primary)));
}

void TestInstance::socketAndFolderArePrivate()
{
    startPrimary();
    QVERIFY(waitForSocket());
    struct stat folder;
    QCOMPARE(::lstat(QFile::encodeName(m_runtime + u"/glance-launcher"_s).constData(), &folder), 0);
    QVERIFY(S_ISDIR(folder.st_mode));
    QCOMPARE(folder.st_mode & 0777, mode_t(0700));
    QCOMPARE(folder.st_uid, ::geteuid());
    struct stat socket;
    QCOMPARE(::lstat(QFile::encodeName(socketPath()).constData(), &socket), 0);
    QVERIFY(S_ISSOCK(socket.st_mode));
    QCOMPARE(socket.st_mode & 0077, mode_t(0));
    QCOMPARE(socket.st_uid, ::geteuid());
}

void TestInstance::otherUsersCannotConnect()
{
    if (::geteuid() != 0) {
        QSKIP("becoming another user needs root");
    }
    startPrimary();
    QVERIFY(waitForSocket());
    const QByteArray path = QFile::encodeName(socketPath());
    const pid_t child = ::fork();
    if (child == 0) {
        // As "nobody": try to reach the socket.
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) {
            ::_exit(10);
        }
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        const int result = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address));
        ::_exit(result == 0 ? 0 : (errno == EACCES ? 1 : 2));
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 1);
}

void TestInstance::namesArePerDesktopSession()
{
    startPrimary();
    QVERIFY(waitForSocket());
    const QString first = socketPath();
    // The same display written another way reaches the same app.
    QProcessEnvironment env = environment();
    env.insert(u"DISPLAY"_s, m_display + u".0"_s);
    QProcess sameSession;
    sameSession.setProcessEnvironment(env);
    sameSession.start(QStringLiteral(GLANCE_LAUNCHER_BINARY), {u"--dialog"_s});
    QVERIFY(sameSession.waitForFinished(10000));
    QCOMPARE(sameSession.exitCode(), 0);
    QCOMPARE(
        QDir(m_runtime + u"/glance-launcher"_s).entryList({u"*.socket"_s}, QDir::System).size(), 1);
    // Another display is another session, with its own app.
    env.insert(u"DISPLAY"_s, u":9999"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess other;
    other.setProcessEnvironment(env);
    other.start(QStringLiteral(GLANCE_LAUNCHER_BINARY));
    QTRY_COMPARE(
        QDir(m_runtime + u"/glance-launcher"_s).entryList({u"*.socket"_s}, QDir::System).size(), 2);
    other.kill();
    other.waitForFinished();
    QVERIFY(QFileInfo::exists(first));
}

void TestInstance::withoutRuntimeFolderAPrivateOneIsMade()
{
    // A runtime folder others can enter is not used, nor a relative one: the user's own cache
    // folder is, and only where that cannot be made, a checked folder in /tmp.
    const QString shared = m_dir->filePath(u"shared"_s);
    QVERIFY(QDir().mkpath(shared));
    QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther));
    const QString cache = m_dir->filePath(u"cache"_s);
    const QString readOnlyCache = u"/proc/self/no-such-cache"_s;
    struct Case
    {
        QString runtime;
        QString cache;
        QString folder;
    };
    // A runtime folder so deep that a socket path in it would not fit 108 bytes.
    QString deep = m_dir->filePath(u"run"_s);
    while (deep.size() < 120) {
        deep += u"/deeper-and-deeper"_s;
    }
    QVERIFY(QDir().mkpath(deep));
    QVERIFY(QFile::setPermissions(deep, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QList<Case> cases = {
        {shared, cache, cache + u"/glance-launcher-runtime"_s},
        {deep, cache, cache + u"/glance-launcher-runtime"_s},
        {u"relative/run"_s, cache, cache + u"/glance-launcher-runtime"_s},
        {QString(), readOnlyCache, u"/tmp/glance-launcher-%1"_s.arg(::geteuid())},
    };
    for (const Case &c : cases) {
        QProcessEnvironment env = environment();
        env.insert(u"XDG_RUNTIME_DIR"_s, c.runtime);
        env.insert(u"XDG_CACHE_HOME"_s, c.cache);
        // A display of its own, so that the names in a shared folder are this test's alone.
        env.insert(u"DISPLAY"_s, u":9998"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess primary;
        primary.setProcessEnvironment(env);
        primary.start(QStringLiteral(GLANCE_LAUNCHER_BINARY));
        QTRY_VERIFY2(!QDir(c.folder).entryList({u"*.socket"_s}, QDir::System).isEmpty(),
                     qPrintable(c.folder));
        struct stat folder;
        QCOMPARE(::lstat(QFile::encodeName(c.folder).constData(), &folder), 0);
        QCOMPARE(folder.st_mode & 0777, mode_t(0700));
        QVERIFY(QDir(shared).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        QProcess quit;
        quit.setProcessEnvironment(env);
        quit.start(QStringLiteral(GLANCE_LAUNCHER_BINARY), {u"--quit"_s});
        QVERIFY(quit.waitForFinished(10000));
        QCOMPARE(quit.exitCode(), 0);
        QVERIFY(primary.waitForFinished(10000));
    }
}

void TestInstance::quitStopsThePrimary()
{
    QCOMPARE(launch({u"--quit"_s}), 0); // nothing running: nothing to do
    QProcess *primary = startPrimary();
    QVERIFY(waitForSocket());
    QCOMPARE(launch({u"--quit"_s}), 0);
    QVERIFY(primary->waitForFinished(10000));
    QCOMPARE(primary->exitCode(), 0);
    QVERIFY(QDir(m_runtime + u"/glance-launcher"_s)
                .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                .isEmpty());
}

void TestInstance::primaryThatCannotListenGivesUp()
{
    // Learn the socket's name from a primary, then put a folder in its place: the next app
    // says so and leaves, keeping no lock that would make every later launch wait.
    QProcess *first = startPrimary();
    QVERIFY(waitForSocket());
    const QString socket = socketPath();
    first->kill();
    first->waitForFinished();
    const QString folder = m_runtime + u"/glance-launcher"_s;
    QVERIFY(QFile::remove(socket));
    QVERIFY(QDir(folder).remove(QFileInfo(socket).completeBaseName() + u".lock"_s));
    QVERIFY(QDir().mkpath(socket));
    QString err;
    QCOMPARE(launch({u"--dialog"_s}, &err), 1);
    QVERIFY2(err.contains(u"cannot listen on"_s), qPrintable(err));
    QVERIFY(QDir(folder).entryList({u"*.lock"_s}).isEmpty());
    QVERIFY(QDir().rmdir(socket));
}

void TestInstance::fullQueueFailsInTime()
{
    // A stopped primary whose queue of new connections is full: a launch must still fail in
    // time, never sleep in connect() until the primary wakes up.
    QProcess *primary = startPrimary();
    QVERIFY(waitForSocket());
    ::kill(pid_t(primary->processId()), SIGSTOP);
    QList<int> held;
    const QByteArray path = QFile::encodeName(socketPath());
    for (int i = 0; i < 300; ++i) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
            ::close(fd);
            break;
        }
        held << fd;
    }
    QElapsedTimer timer;
    timer.start();
    QString err;
    QCOMPARE(launch({u"--join"_s, u"66"_s}, &err), 3);
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    for (int fd : std::as_const(held)) {
        ::close(fd);
    }
    ::kill(pid_t(primary->processId()), SIGCONT);
    QCOMPARE(launch({u"--join"_s, u"67"_s}), 0);
    QTRY_COMPARE(openedLinks(),
                 QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=67"_s});
}

void TestInstance::terminatedPrimaryTidiesUp()
{
    QProcess *primary = startPrimary();
    QVERIFY(waitForSocket());
    ::kill(pid_t(primary->processId()), SIGTERM);
    QVERIFY(primary->waitForFinished(10000));
    QCOMPARE(primary->exitStatus(), QProcess::NormalExit);
    QCOMPARE(primary->exitCode(), 0);
    QVERIFY(QDir(m_runtime + u"/glance-launcher"_s)
                .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                .isEmpty());
}

void TestInstance::joinWithoutPrimaryIsRemembered()
{
    const QString recent =
        qEnvironmentVariable("XDG_STATE_HOME") + u"/glance-launcher/recent-sessions.conf"_s;
    QFile::remove(recent);
    QCOMPARE(launch({u"--join"_s, u"4242"_s}), 0);
    QTRY_COMPARE(openedLinks().size(), 1);
    QFile file(recent);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("key=4242"));
}

// A home the user cannot write and no runtime folder: the app still runs as one app per
// session (its socket in a checked folder in /tmp), joins, and prints.
void TestInstance::readOnlyHomeStillWorks()
{
    GLANCE_REQUIRE_SANDBOX();
    const QString home = m_dir->filePath(u"home"_s);
    QVERIFY(QDir().mkpath(home + u"/config"_s));
    QVERIFY(QDir().mkpath(home + u"/cache"_s));
    QVERIFY(QDir().mkpath(home + u"/state"_s));
    QVERIFY(glance::test::makeReadOnly(home));
    QProcessEnvironment env = environment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"XDG_STATE_HOME"_s, home + u"/state"_s);
    env.remove(u"XDG_RUNTIME_DIR"_s);
    // A display of its own, so that the names in /tmp are this test's alone.
    env.insert(u"DISPLAY"_s, m_display);
    QProcess primary;
    primary.setProcessEnvironment(env);
    primary.start(QStringLiteral(GLANCE_LAUNCHER_BINARY));
    const QString fallback = u"/tmp/glance-launcher-%1"_s.arg(::geteuid());
    QTRY_VERIFY(!QDir(fallback).entryList({u"*.socket"_s}, QDir::System).isEmpty());
    const auto run = [&env](const QStringList &arguments) {
        QProcess launch;
        launch.setProcessEnvironment(env);
        launch.start(QStringLiteral(GLANCE_LAUNCHER_BINARY), arguments);
        return launch.waitForFinished(15000) ? launch.exitCode() : -1;
    };
    QCOMPARE(run({u"--join"_s, u"31"_s}), 0);
    QTRY_COMPARE(openedLinks(),
                 QStringList{u"https://www.glance.net/agentjoin/AgentView.aspx?SessionKey=31"_s});
    QCOMPARE(run({u"--print"_s, u"32"_s}), 0);
    QCOMPARE(run({u"--quit"_s}), 0);
    QVERIFY(primary.waitForFinished(10000));
    QCOMPARE(primary.exitCode(), 0);
    glance::test::releaseMounts();
}

GLANCE_SANDBOXED_TEST_MAIN(TestInstance, QCoreApplication)
#include "tst_instance.moc"
