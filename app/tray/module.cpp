// The tray module's entry point, called by the command front once it has decided that the GUI
// is needed.
#include "app/front/front.h"
#include "app/front/translations.h"
#include "app/front/traymodule.h"
#include "instanceserver.h"
#include "launcherapp.h"
#include "logging.h"
#include "openfaileddialog.h"
#include "quitonsignals.h"
#include "trayicon.h"
#include "urlopener.h"
#include "xdgopen.h"

#include <QApplication>
#include <QClipboard>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

namespace {

using namespace glance;

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// No screen anyone can see: there is nobody to show a dialog to.
bool isHeadless()
{
    const QString platform = QGuiApplication::platformName();
    return platform == u"offscreen" || platform == u"minimal";
}

// On X11 the clipboard is served by the program that copied: stay, out of sight, until
// something else is copied (or for ten minutes), so that the copied link can be pasted.
void keepClipboardUntilReplaced()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard->ownsClipboard()) {
        return;
    }
    QEventLoop loop;
    QObject::connect(clipboard, &QClipboard::dataChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::minutes(10), &loop, &QEventLoop::quit);
    loop.exec();
}

int openLinkAndExit(const QUrl &link)
{
    DesktopUrlOpener opener;
    QString why;
    opener.onLaterFailure([&why](const QUrl &, const QString &reason) { why = reason; });
    // A desktop opener that finds no browser says so within a moment; one that runs the browser
    // itself keeps running, which is success.
    constexpr int outcomeWaitMs = 5000;
    if (opener.open(link) && opener.succeeded(outcomeWaitMs)) {
        return int(ExitCode::Success);
    }
    const QString text = QString::fromLatin1(link.toEncoded());
    printError(
        QCoreApplication::translate("glance::Front", "could not open the link %1").arg(text));
    if (!isHeadless()) {
        OpenFailedDialog dialog(text, why);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.exec();
        keepClipboardUntilReplaced();
    }
    return int(ExitCode::OpenFailed);
}

} // namespace

extern "C" Q_DECL_EXPORT int glance_tray_main(const glance::TrayLaunch *launch)
{
    // The running app logs its warnings, which the command front kept quiet.
    QLoggingCategory::setFilterRules(QString());
    if (!launch || launch->abiVersion != TrayLaunch::AbiVersion) {
        printError(QStringLiteral("the tray module does not match this glance-launcher"));
        return int(ExitCode::OpenFailed);
    }
    if (!hasDisplay()) {
        printError(QCoreApplication::translate(
            "glance::Front", "no display to open a window or link on (use --print to get the "
                             "link)"));
        return int(ExitCode::OpenFailed);
    }
    // Only the program name: every argument was the command front's, and Qt must not read a
    // value such as "--name -platform x" as an option of its own.
    static int qtArgc = 1;
    static char *qtArgv[] = {launch->program, nullptr};
    QApplication app(qtArgc, qtArgv);
    loadTranslations();
    QApplication::setWindowIcon(appIcon());
    if (launch->mode == TrayLaunch::Mode::OpenLink) {
        return openLinkAndExit(launch->link);
    }
    LauncherApp launcher(SettingsStore(), RecentSessions(), std::make_unique<DesktopUrlOpener>());
    InstanceServer server([&launcher](const ipc::ForwardedRequest &forwarded) {
        const LauncherApp::Outcome outcome = launcher.answerForwarded(forwarded.request);
        if (outcome.code == ExitCode::BadInput && !forwarded.fromTerminal) {
            launcher.showProblem(outcome.message);
        }
        return ipc::Reply{int(outcome.code), outcome.message};
    });
    // Listen first: later launches wait for the socket while this one holds the lock. An app
    // that cannot listen must not keep the lock, or every later launch would wait for it.
    if (!launch->socketPath.isEmpty() && !server.listen(launch->socketPath)) {
        printError(QCoreApplication::translate("glance::Front", "cannot listen on %1: %2")
                       .arg(launch->socketPath, server.errorString()));
        return int(ExitCode::OpenFailed);
    }
    QuitOnSignals signals;
    QObject::connect(&signals, &QuitOnSignals::quitRequested, &launcher, &LauncherApp::quit);
    launcher.start();
    launcher.carryOut(launch->request);
    return app.exec();
}
