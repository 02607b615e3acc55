#include "child.h"

#include <QFile>

#include <csignal>
#include <ctime>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

namespace {

struct CStrings
{
    explicit CStrings(const QStringList &strings)
    {
        for (const QString &string : strings) {
            bytes.push_back(string.toLocal8Bit());
        }
        for (QByteArray &string : bytes) {
            pointers.push_back(string.data());
        }
        pointers.push_back(nullptr);
    }
    std::vector<QByteArray> bytes;
    std::vector<char *> pointers;
};

} // namespace

Child::Child(const QString &program, const QStringList &arguments, const QStringList &environment)
{
    const CStrings argv(QStringList{program} + arguments);
    const CStrings envp(environment);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    m_startedAtNs = monotonicNs();
    if (posix_spawn(&m_pid, argv.pointers[0], &actions, nullptr, argv.pointers.data(),
                    envp.pointers.data()) != 0) {
        m_pid = -1;
    }
    posix_spawn_file_actions_destroy(&actions);
}

Child::~Child()
{
    if (m_pid > 0) {
        terminate();
        wait();
    }
}

int Child::wait()
{
    if (m_pid <= 0) {
        return -1;
    }
    int status = 0;
    const pid_t ended = waitpid(m_pid, &status, 0);
    m_pid = -1;
    return ended > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void Child::terminate()
{
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
    }
}

qint64 Child::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_pid));
    if (m_pid <= 0 || !status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

bool Child::hasChildren() const
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(m_pid));
    return m_pid > 0 && children.open(QIODevice::ReadOnly) &&
           !children.readAll().trimmed().isEmpty();
}
