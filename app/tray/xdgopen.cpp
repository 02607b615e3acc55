#include "xdgopen.h"

#include "logging.h"

#include <QDesktopServices>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace glance {

namespace {

const QString program = QStringLiteral("xdg-open");

QString whyFailed(int exitCode)
{
    // xdg-open's exit codes, from its manual page.
    switch (exitCode) {
    case 3:
        return XdgOpen::tr("no browser or other program to open it was found");
    case 4:
        return XdgOpen::tr("the browser could not open it");
    default:
        return XdgOpen::tr("xdg-open failed with exit code %1").arg(exitCode);
    }
}

} // namespace

bool XdgOpen::isAvailable()
{
    const QString platform = QGuiApplication::platformName();
    return (platform == u"xcb" || platform.startsWith(u"wayland")) &&
           !QStandardPaths::findExecutable(program).isEmpty();
}

XdgOpen::XdgOpen(QObject *parent)
    : QObject(parent)
{
    for (const char *scheme : {"https", "http"}) {
        QDesktopServices::setUrlHandler(QLatin1String(scheme), this, "open");
    }
}

XdgOpen::~XdgOpen()
{
    for (const char *scheme : {"https", "http"}) {
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    }
}

void XdgOpen::open(const QUrl &link)
{
    // Not a child of this object: a process that outlives it (a browser that xdg-open runs
    // and waits for) must not be killed when the app quits.
    auto *process = new QProcess;
    process->setProgram(program);
    process->setArguments({QString::fromLatin1(link.toEncoded())});
    // xdg-open's messages quote the link, with the agent's identity: not for the log.
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    ++m_running;
    connect(process, &QProcess::finished, this,
            [this, process, link](int exitCode, QProcess::ExitStatus status) {
                --m_running;
                process->deleteLater();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    qCWarning(lcTray) << "xdg-open failed for a link to" << link.host()
                                      << "with exit code" << exitCode;
                    Q_EMIT failed(link, whyFailed(exitCode));
                }
            });
    connect(process, &QProcess::errorOccurred, this, [this, process, link](QProcess::ProcessError) {
        if (process->state() == QProcess::NotRunning && process->exitCode() == 0 &&
            process->error() == QProcess::FailedToStart) {
            --m_running;
            process->deleteLater();
            Q_EMIT failed(link, tr("xdg-open could not be started"));
        }
    });
    process->start();
}

bool XdgOpen::waitForOpens(int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    connect(&check, &QTimer::timeout, &loop, [this, &loop] {
        if (m_running == 0) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(20);
    if (m_running > 0) {
        loop.exec();
    }
    return m_running == 0;
}

} // namespace glance
