#include "front.h"

#include "core/textrules.h"
#include "exitcode.h"
#include "linkcontext.h"
#include "logging.h"
#include "settingsstore.h"
#include "traymodule.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace glance {

namespace {

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
        // Print and forward answer on stderr in one line; warnings would add lines. They stay
        // reachable with QT_LOGGING_RULES, which overrides this.
        QLoggingCategory::setFilterRules(QStringLiteral("glance.*.warning=false"));
    }

private:
    int m_argc = 1;
    char *m_argv[2];
    QCoreApplication m_app;
};

// The saved settings a link is made from. A settings file that exists but cannot be read would
// leave the agent's identity or account off the link: that is refused.
Result<SettingsValues> savedSettings()
{
    QStringList readErrors;
    SettingsValues values = SettingsStore().load(&readErrors);
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
    std::optional<QUrl> link;
    {
        CoreApp app(program);
        const auto stu = linkFor(request);
        if (!stu) {
            printError(stu.problem().message());
            return int(ExitCode::BadInput);
        }
        link = stu->toUrl();
    }
    TrayLaunch launch;
    launch.program = program;
    launch.mode = TrayLaunch::Mode::OpenLink;
    launch.link = *link;
    return runTrayModule(launch);
}

int startApp(char *program, const Request &request)
{
    TrayLaunch launch;
    launch.program = program;
    launch.mode = TrayLaunch::Mode::RunApp;
    launch.request = request;
    return runTrayModule(launch);
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
        CoreApp app(argv[0]);
        printError(commandLine.problem().message());
        return int(ExitCode::BadInput);
    }
    case CommandLine::Outcome::Run:
        break;
    }
    const Request &request = commandLine.request();
    if (commandLine.printOnly()) {
        return printLink(argv[0], request);
    }
    if (request.opensLink()) {
        return openLink(argv[0], request);
    }
    return startApp(argv[0], request);
}

} // namespace glance
