#include "front.h"

#include "core/textrules.h"
#include "exitcode.h"
#include "instanceclient.h"
#include "instancelocation.h"
#include "instancelock.h"
#include "linkcontext.h"
#include "logging.h"
#include "recentsessions.h"
#include "settingsstore.h"
#include "translations.h"
#include "traymodule.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>

#include <chrono>
#include <cstdio>
#include <thread>

#include <unistd.h>

namespace glance {

namespace {

// A later launch waits this long for a primary that holds the lock but is not listening yet,
// and this long for its reply; between attempts it pauses briefly.
constexpr std::chrono::milliseconds startupWait(10000);
constexpr std::chrono::milliseconds replyWait(5000);
constexpr std::chrono::milliseconds retryPause(20);

bool printLine(std::FILE *stream, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n')) {
        bytes.append('\n');
    }
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    return std::fflush(stream) == 0 && written && !std::ferror(stream);
}

// A QCoreApplication for the paths that never load the GUI. It gets only the program name:
// every argument is the command line's own.
class CoreApp
{
public:
    explicit CoreApp(char *program)
        : m_argv{program, nullptr}
        , m_app(m_argc, m_argv)
    {
        if (needsTranslations()) {
            loadTranslations();
        }
    }

private:
    int m_argc = 1;
    char *m_argv[2];
    QCoreApplication m_app;
};

// The saved settings a link is made from. A settings file that exists but cannot be read, the
// user's or the administrator's, would leave the agent's identity, account or locks off the
// link: that is refused.
Result<SettingsValues> savedSettings()
{
    QStringList readErrors;
    QStringList systemErrors;
    SettingsValues values = SettingsStore().load(&readErrors, &systemErrors);
    readErrors << systemErrors;
    if (!readErrors.isEmpty()) {
        return Problem(Field::Settings, QT_TRANSLATE_NOOP("glance::Problem", "%1"),
                       {readErrors.constFirst()});
    }
    return values;
}

Result<Stu> linkFor(const Request &request)
{
    const auto settings = savedSettings();
    if (!settings) {
        return settings.problem();
    }
    return stuFor(request, *settings);
}

int printLink(char *program, const Request &request)
{
    CoreApp app(program);
    const auto stu = linkFor(request);
    if (!stu) {
        printError(stu.problem().message());
        return int(ExitCode::BadInput);
    }
    if (!printLine(stdout, stu->toString())) {
        printError(QCoreApplication::translate("glance::Front",
                                               "could not write the link to standard output"));
        return int(ExitCode::OpenFailed);
    }
    return int(ExitCode::Success);
}

int openLink(char *program, const Request &request)
{
    std::optional<Stu> stu;
    SettingsValues settings;
    {
        CoreApp app(program);
        const auto saved = savedSettings();
        const auto resolved = saved ? stuFor(request, *saved) : Result<Stu>(saved.problem());
        if (!resolved) {
            printError(resolved.problem().message());
            return int(ExitCode::BadInput);
        }
        stu = *resolved;
        settings = *saved;
    }
    TrayLaunch launch;
    launch.program = program;
    launch.mode = TrayLaunch::Mode::OpenLink;
    launch.link = stu->toUrl();
    const int exitCode = runTrayModule(launch);
    if (exitCode == int(ExitCode::Success)) {
        RecentSessions recent;
        rememberJoin(recent, settings, *stu);
    }
    return exitCode;
}

int startApp(char *program, const Request &request, const QString &socketPath)
{
    TrayLaunch launch;
    launch.program = program;
    launch.mode = TrayLaunch::Mode::RunApp;
    launch.request = request;
    launch.socketPath = socketPath;
    return runTrayModule(launch);
}

// "the running glance-launcher (pid 123)": the pid from the lock, to kill it by.
QString runningApp(const QString &lockPath)
{
    if (const auto pid = InstanceLock::holder(lockPath)) {
        return QCoreApplication::translate("glance::Front", "the running glance-launcher (pid %1)")
            .arg(*pid);
    }
    return QCoreApplication::translate("glance::Front", "the running glance-launcher");
}

int forward(char *program, InstanceClient &client, const Request &request, const QString &lockPath)
{
    qCDebug(lcIpc) << "forwarding to the running app";
    ipc::ForwardedRequest forwarded;
    forwarded.request = request;
    forwarded.fromTerminal = ::isatty(STDERR_FILENO) == 1;
    forwarded.expiresAt = QDeadlineTimer::current().deadline() + replyWait.count();
    QString error;
    const auto reply =
        client.exchange(ipc::requestFrame(forwarded), QDeadlineTimer(replyWait), &error);
    CoreApp app(program);
    if (!reply) {
        printError(QCoreApplication::translate("glance::Front",
                                               "%1 did not answer in time (%2): nothing was "
                                               "opened")
                       .arg(runningApp(lockPath), error));
        return int(ExitCode::NoAnswer);
    }
    if (reply->exitCode != int(ExitCode::Success) && !reply->message.isEmpty()) {
        printError(reply->message);
    }
    return reply->exitCode;
}

// One app per desktop session: hand the request to the running app, or, with none running,
// carry it out here. Decided before any GUI object exists.
int forwardOrRun(char *program, const Request &request)
{
    QString why;
    const auto location = InstanceLocation::forThisSession(&why);
    if (!location) {
        // No private place for a socket: run alone rather than not at all.
        qCWarning(lcIpc) << "running without a single instance:" << why;
        return request.opensLink() ? openLink(program, request)
                                   : startApp(program, request, QString());
    }
    InstanceLock lock(location->lockPath);
    const QDeadlineTimer startup(startupWait);
    while (true) {
        InstanceClient client;
        const auto connection = client.connectTo(location->socketPath);
        if (connection == InstanceClient::Connection::Connected) {
            return forward(program, client, request, location->lockPath);
        }
        if (connection == InstanceClient::Connection::SomeoneElse) {
            CoreApp app(program);
            printError(QCoreApplication::translate("glance::Front",
                                                   "the socket %1 belongs to another user")
                           .arg(location->socketPath));
            return int(ExitCode::OpenFailed);
        }
        // Nobody listens: a primary that is starting holds the lock; otherwise it is ours.
        const auto attempt = connection == InstanceClient::Connection::NobodyListening
                                 ? lock.tryLock()
                                 : InstanceLock::Attempt::HeldByAnother;
        if (attempt == InstanceLock::Attempt::Taken) {
            break;
        }
        if (attempt == InstanceLock::Attempt::Failed) {
            CoreApp app(program);
            printError(QCoreApplication::translate("glance::Front", "cannot lock %1")
                           .arg(location->lockPath));
            return int(ExitCode::OpenFailed);
        }
        if (startup.hasExpired()) {
            CoreApp app(program);
            printError(QCoreApplication::translate("glance::Front",
                                                   "%1 does not answer: nothing was opened")
                           .arg(runningApp(location->lockPath)));
            return int(ExitCode::NoAnswer);
        }
        std::this_thread::sleep_for(retryPause);
    }
    // No app is running, and none can start while the lock is held.
    if (request.action == Request::Action::Quit) {
        return int(ExitCode::Success);
    }
    if (request.opensLink()) {
        lock.unlock();
        return openLink(program, request);
    }
    return startApp(program, request, location->socketPath);
}

// The first argument that is not UTF-8, counting from 1, or 0.
int firstArgumentNotUtf8(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!QUtf8StringView(argv[i]).isValidUtf8()) {
            return i;
        }
    }
    return 0;
}

} // namespace

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromUtf8(argv[i]);
    }
    return arguments;
}

void printError(const QString &message)
{
    printLine(stderr, QCoreApplication::applicationName() + QStringLiteral(": ") +
                          text::printable(message));
}

int runFront(int &argc, char **argv)
{
    // The command line answers on stderr in one line; warnings would add lines. They stay
    // reachable with QT_LOGGING_RULES, which overrides this; the tray module lifts it.
    // Qt's own warnings too ("QVariant::load: unknown user type", from a settings file).
    QLoggingCategory::setFilterRules(QStringLiteral("*.warning=false"));
    if (const int notUtf8 = firstArgumentNotUtf8(argc, argv)) {
        CoreApp app(argv[0]);
        printError(Problem(Field::CommandLine,
                           QT_TRANSLATE_NOOP("glance::Problem", "argument %1 is not UTF-8 text"),
                           {QString::number(notUtf8)})
                       .message());
        return int(ExitCode::BadInput);
    }
    const CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    switch (commandLine.outcome()) {
    case CommandLine::Outcome::ShowHelp:
    case CommandLine::Outcome::ShowVersion: {
        // Help names the executable, which QCommandLineParser reads from the application.
        CoreApp app(argv[0]);
        printLine(stdout, CommandLine::parse(argumentsOf(argc, argv)).text());
        return int(ExitCode::Success);
    }
    case CommandLine::Outcome::Refused: {
        // Parsed again with the translations loaded: the refusal may quote texts (Qt's
        // parser errors, "the session key 1234") that were made in the first parse.
        CoreApp app(argv[0]);
        printError(CommandLine::parse(argumentsOf(argc, argv)).problem().message());
        return int(ExitCode::BadInput);
    }
    case CommandLine::Outcome::Run:
        break;
    }
    const Request &request = commandLine.request();
    if (commandLine.printOnly()) {
        return printLink(argv[0], request);
    }
    return forwardOrRun(argv[0], request);
}

} // namespace glance
