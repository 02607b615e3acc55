#pragma once

#include <QObject>

class QSocketNotifier;

namespace glance {

// Turns SIGTERM, SIGINT and SIGHUP (a logout, Ctrl+C, a closed terminal) into an orderly quit, so
// that the app gives back its lock and removes its socket. A signal handler may do next to
// nothing: it writes a byte to a socket that the event loop watches.
class QuitOnSignals : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignals(QObject *parent = nullptr);
    ~QuitOnSignals() override;

Q_SIGNALS:
    void quitRequested();

private:
    static void handle(int signal);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace glance
