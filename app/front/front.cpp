#include "front.h"

#include "exitcode.h"
#include "linkcontext.h"
#include "logging.h"
#include "settingsstore.h"
#include "traymodule.h"

#include <QCoreApplication>

#include <cstdio>

namespace glance {

namespace {

void printLine(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}

int printLink(int &argc, char **argv, const Request &request)
{
    QCoreApplication app(argc, argv);
    const auto stu = stuFor(request, SettingsStore().load());
    if (!stu) {
        printError(stu.problem().message());
        return int(ExitCode::BadInput);
    }
    printLine(stdout, stu->toString());
    return int(ExitCode::Success);
}

int openLink(int &argc, char **argv, const Request &request)
{
    const auto stu = stuFor(request, SettingsStore().load());
    if (!stu) {
        QCoreApplication app(argc, argv);
        printError(stu.problem().message());
        return int(ExitCode::BadInput);
    }
    TrayLaunch launch;
    launch.argc = &argc;
    launch.argv = argv;
    launch.mode = TrayLaunch::Mode::OpenLink;
    launch.link = stu->toUrl();
    return runTrayModule(launch);
}

int startApp(int &argc, char **argv, const Request &request)
{
    TrayLaunch launch;
    launch.argc = &argc;
    launch.argv = argv;
    launch.mode = TrayLaunch::Mode::RunApp;
    launch.request = request;
    return runTrayModule(launch);
}

} // namespace

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

void printError(const QString &message)
{
    printLine(stderr, QCoreApplication::applicationName() + QStringLiteral(": ") +
                          QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

int runFront(int &argc, char **argv)
{
    const CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    switch (commandLine.outcome()) {
    case CommandLine::Outcome::ShowHelp:
    case CommandLine::Outcome::ShowVersion: {
        // Help names the executable, which QCommandLineParser reads from the application.
        QCoreApplication app(argc, argv);
        printLine(stdout, CommandLine::parse(QCoreApplication::arguments()).text());
        return int(ExitCode::Success);
    }
    case CommandLine::Outcome::Refused:
        printError(commandLine.problem().message());
        return int(ExitCode::BadInput);
    case CommandLine::Outcome::Run:
        break;
    }
    const Request &request = commandLine.request();
    if (commandLine.printOnly()) {
        return printLink(argc, argv, request);
    }
    if (request.opensLink()) {
        return openLink(argc, argv, request);
    }
    return startApp(argc, argv, request);
}

} // namespace glance
