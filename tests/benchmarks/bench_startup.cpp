// The benchmark of issue 6: the app against bare Qt programs doing the least the same job
// needs, alternating the two for several rounds, printing medians and the ratio app/floor.
// Not a test: it prints, and fails only when it cannot measure. tools/benchmark.sh runs it.
#include "child.h"
#include "traywatch.h"
#include "virtualdesktop.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

const QString launcher = QStringLiteral(GLANCE_LAUNCHER_BINARY);
const QString floorPrint = QStringLiteral(FLOOR_PRINT_BINARY);
const QString floorTray = QStringLiteral(FLOOR_TRAY_BINARY);
const QString benchLinks = QStringLiteral(BENCH_LINKS_BINARY);

struct Row
{
    QString measure;
    QString unit;
    double product = 0;
    double floor = 0;
    double target = 0;
};

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(why));
    std::exit(1);
}

// Fresh home, XDG folders and runtime folder, so that no settings and no running app of the
// user's take part, and a browser that does nothing. XDG_DATA_DIRS is empty too: xdg-open
// would otherwise find the machine's browser (Chromium, for the tests) before $BROWSER.
class Sandbox
{
public:
    explicit Sandbox(const QByteArray &display)
    {
        if (!m_dir.isValid()) {
            fail(QStringLiteral("no temporary folder"));
        }
        const QString root = m_dir.path();
        for (const char *folder :
             {"home", "config", "cache", "data", "data-dirs", "runtime", "etc"}) {
            QDir(root).mkpath(QString::fromLatin1(folder));
        }
        QFile::setPermissions(root + QStringLiteral("/runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QStringList dropped = {
            QStringLiteral("DISPLAY"),         QStringLiteral("WAYLAND_DISPLAY"),
            QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("HOME"),
            QStringLiteral("BROWSER"),         QStringLiteral("XDG_")};
        for (const QString &entry : QProcessEnvironment::systemEnvironment().toStringList()) {
            if (std::none_of(dropped.begin(), dropped.end(),
                             [&entry](const QString &name) { return entry.startsWith(name); })) {
                m_environment << entry;
            }
        }
        m_environment << QStringLiteral("HOME=%1/home").arg(root)
                      << QStringLiteral("XDG_CONFIG_HOME=%1/config").arg(root)
                      << QStringLiteral("XDG_CACHE_HOME=%1/cache").arg(root)
                      << QStringLiteral("XDG_DATA_HOME=%1/data").arg(root)
                      << QStringLiteral("XDG_DATA_DIRS=%1/data-dirs").arg(root)
                      << QStringLiteral("XDG_RUNTIME_DIR=%1/runtime").arg(root)
                      << QStringLiteral("XDG_CONFIG_DIRS=%1/etc").arg(root)
                      << QStringLiteral("BROWSER=/bin/true")
                      << QStringLiteral("DISPLAY=%1").arg(QString::fromLatin1(display));
    }
    QStringList environment() const { return m_environment; }

private:
    QTemporaryDir m_dir;
    QStringList m_environment;
};

// Milliseconds from start to exit; fails on an exit code other than 0.
double runToEnd(const QString &program, const QStringList &arguments, const Sandbox &sandbox)
{
    Child child(program, arguments, sandbox.environment());
    const int exitCode = child.wait();
    const double ms = double(monotonicNs() - child.startedAtNs()) / 1e6;
    if (exitCode != 0) {
        fail(
            QStringLiteral("%1 %2 ended with %3").arg(program, arguments.join(u' ')).arg(exitCode));
    }
    return ms;
}

struct TrayStart
{
    double msToIcon = 0;
    double residentMiB = 0;
};

// Starts a tray program, times it until its icon is in the tray, lets it idle, reads its
// resident memory, stops it and waits for its icon to go.
TrayStart startTrayProgram(const QString &program, const QByteArray &instance,
                           const Sandbox &sandbox, TrayWatch &tray, int idleMs)
{
    Child child(program, {}, sandbox.environment());
    while (!tray.iconShown(instance)) {
        if (monotonicNs() - child.startedAtNs() > 20'000'000'000) {
            fail(QStringLiteral("no icon of %1 in the tray after 20 s").arg(program));
        }
        QThread::usleep(500);
    }
    TrayStart start;
    start.msToIcon = double(monotonicNs() - child.startedAtNs()) / 1e6;
    QThread::msleep(idleMs);
    start.residentMiB = double(child.residentKiB()) / 1024;
    child.terminate();
    child.wait();
    for (int i = 0; i < 400 && tray.iconShown(instance); ++i) {
        QThread::msleep(5);
    }
    return start;
}

// QBENCHMARK's median of several runs, in nanoseconds per link, for each function.
std::pair<double, double> linkCosts()
{
    QProcess bench;
    bench.start(benchLinks, {QStringLiteral("-median"), QStringLiteral("9")});
    if (!bench.waitForFinished(300000) || bench.exitCode() != 0) {
        fail(QStringLiteral("bench_links failed:\n") +
             QString::fromLocal8Bit(bench.readAllStandardOutput()));
    }
    const QString output = QString::fromLocal8Bit(bench.readAllStandardOutput());
    const auto nsPerLink = [&output](const QString &function) {
        const QRegularExpression result(
            QStringLiteral(R"(RESULT : BenchLinks::%1\(\):\s+([0-9.e+-]+) msecs per iteration)")
                .arg(function));
        const auto match = result.match(output);
        if (!match.hasMatch()) {
            fail(QStringLiteral("no result for %1 in:\n%2").arg(function, output));
        }
        return match.captured(1).toDouble() * 1e6;
    };
    return {nsPerLink(QStringLiteral("stu")), nsPerLink(QStringLiteral("concatenation"))};
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 cores, %3, Qt %4")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
}

void printTable(const QList<Row> &rows, int rounds)
{
    std::printf("glance-launcher against bare Qt floors: medians of %d rounds, alternating\n",
                rounds);
    std::printf("machine: %s\n\n", qPrintable(machine()));
    std::printf("%-50s %10s %10s %6s %7s\n", "measure", "app", "floor", "ratio", "target");
    bool allMet = true;
    for (const Row &row : rows) {
        const double ratio = row.product / row.floor;
        const bool met = ratio <= row.target;
        allMet = allMet && met;
        std::printf("%-50s %7.2f %-2s %7.2f %-2s %6.2f %5s %s\n", qPrintable(row.measure),
                    row.product, qPrintable(row.unit), row.floor, qPrintable(row.unit), ratio,
                    qPrintable(QStringLiteral("<=%1").arg(row.target)), met ? "met" : "MISSED");
    }
    std::printf("\n%s\n", allMet ? "every target met" : "some targets missed");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rounds = 20;
    const QStringList arguments = app.arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--rounds")); at > 0) {
        rounds = std::max(1, arguments.value(at + 1).toInt());
    }
    VirtualDesktop desktop;
    if (!desktop.start()) {
        fail(QStringLiteral("Xvfb and trayer are needed: tools/quickstart.sh installs them"));
    }
    TrayWatch tray(desktop.display());
    if (!tray.connected() || !tray.waitForPanel(10000)) {
        fail(QStringLiteral("trayer's panel did not appear on %1")
                 .arg(QString::fromLatin1(desktop.display())));
    }
    const Sandbox sandbox(desktop.display());
    const QStringList printJoin = {QStringLiteral("--print"), QStringLiteral("--join"),
                                   QStringLiteral("1234")};
    const QStringList join = {QStringLiteral("--join"), QStringLiteral("1234")};
    constexpr int warmUp = 2;

    std::fprintf(stderr, "1/5 --print\n");
    QList<double> printApp, printFloor;
    for (int round = -warmUp; round < rounds; ++round) {
        const double app = runToEnd(launcher, printJoin, sandbox);
        const double floor = runToEnd(floorPrint, {}, sandbox);
        if (round >= 0) {
            printApp << app;
            printFloor << floor;
        }
    }

    std::fprintf(stderr, "2/5 and 4/5 the tray icon and resident memory\n");
    QList<double> trayApp, trayFloor, memoryApp, memoryFloor;
    for (int round = -1; round < rounds; ++round) {
        const TrayStart app = startTrayProgram(launcher, "glance-launcher", sandbox, tray, 1000);
        const TrayStart floor = startTrayProgram(floorTray, "floor_tray", sandbox, tray, 1000);
        if (round >= 0) {
            trayApp << app.msToIcon;
            trayFloor << floor.msToIcon;
            memoryApp << app.residentMiB;
            memoryFloor << floor.residentMiB;
        }
    }

    std::fprintf(stderr, "3/5 a join forwarded to the running app\n");
    QList<double> forwardApp, forwardFloor;
    {
        Child primary(launcher, {}, sandbox.environment());
        while (!tray.iconShown("glance-launcher")) {
            QThread::msleep(5);
        }
        // The running app starts a browser for each join: each measurement waits until that
        // has ended, as its cost is the browser's, not the launch's.
        const auto waitForQuiet = [&primary] {
            for (int i = 0; i < 500 && primary.hasChildren(); ++i) {
                QThread::msleep(10);
            }
            QThread::msleep(50);
        };
        for (int round = -warmUp; round < rounds; ++round) {
            waitForQuiet();
            const double app = runToEnd(launcher, join, sandbox);
            waitForQuiet();
            const double floor = runToEnd(floorPrint, {}, sandbox);
            if (round >= 0) {
                forwardApp << app;
                forwardFloor << floor;
            }
        }
    }

    std::fprintf(stderr, "5/5 links built in one process\n");
    const auto [stuNs, concatenationNs] = linkCosts();

    printTable({{QStringLiteral("1 --print --join 1234, start to exit"), QStringLiteral("ms"),
                 median(printApp), median(printFloor), 1.5},
                {QStringLiteral("2 start to icon in the tray"), QStringLiteral("ms"),
                 median(trayApp), median(trayFloor), 1.25},
                {QStringLiteral("3 --join 1234 forwarded, start to exit"), QStringLiteral("ms"),
                 median(forwardApp), median(forwardFloor), 1.6},
                {QStringLiteral("4 resident memory, idle in the tray"), QStringLiteral("MiB"),
                 median(memoryApp), median(memoryFloor), 1.15},
                {QStringLiteral("5 one viewer link built (QBENCHMARK)"), QStringLiteral("ns"),
                 stuNs, concatenationNs, 4}},
               rounds);
    return 0;
}
