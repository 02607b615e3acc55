#include "quitonsignals.h"

#include "logging.h"

#include <QSocketNotifier>

#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace glance {

namespace {
int wakeUp[2] = {-1, -1};
constexpr int quitSignals[] = {SIGTERM, SIGINT, SIGHUP};
} // namespace

QuitOnSignals::QuitOnSignals(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, wakeUp) != 0) {
        qCWarning(lcTray) << "cannot watch for SIGTERM: the app will not tidy up when killed";
        return;
    }
    m_notifier = new QSocketNotifier(wakeUp[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char signal = 0;
        if (::read(wakeUp[1], &signal, 1) == 1) {
            qCInfo(lcTray) << "quitting on signal" << int(signal);
            Q_EMIT quitRequested();
        }
    });
    struct sigaction action = {};
    action.sa_handler = &QuitOnSignals::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : quitSignals) {
        ::sigaction(signal, &action, nullptr);
    }
}

QuitOnSignals::~QuitOnSignals()
{
    for (int signal : quitSignals) {
        ::signal(signal, SIG_DFL);
    }
    delete m_notifier;
    for (int &end : wakeUp) {
        if (end >= 0) {
            ::close(end);
            end = -1;
        }
    }
}

void QuitOnSignals::handle(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(wakeUp[0], &byte, 1);
}

} // namespace glance
