#pragma once

#include <QStringList>

#include <sys/types.h>

// A program started for a measurement: posix_spawn, nothing in between, its output dropped.
class Child
{
public:
    // environment: "NAME=value" entries, the whole environment of the child.
    Child(const QString &program, const QStringList &arguments, const QStringList &environment);
    ~Child();
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    bool started() const { return m_pid > 0; }
    qint64 startedAtNs() const { return m_startedAtNs; }
    // Waits for the end; the exit code, or -1 for a signal or a failed start.
    int wait();
    void terminate();
    // VmRSS from /proc, in KiB; -1 when it cannot be read.
    qint64 residentKiB() const;
    // Whether it has started programs of its own that are still running (a browser).
    bool hasChildren() const;

private:
    pid_t m_pid = -1;
    qint64 m_startedAtNs = 0;
};

qint64 monotonicNs();
