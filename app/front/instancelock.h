#pragma once

#include <QString>

#include <optional>

namespace glance {

// The lock that makes one app the running one: flock(2) on a file in the private folder, which
// holds the app's pid. The kernel gives the lock back when the process ends, however it ends,
// so a killed app never leaves a stale one; a clean end also removes the file.
class InstanceLock
{
public:
    enum class Attempt
    {
        Taken,
        HeldByAnother,
        Failed, // the file cannot be made or opened
    };

    explicit InstanceLock(QString path)
        : m_path(std::move(path))
    {}
    ~InstanceLock() { unlock(); }
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    Attempt tryLock();
    void unlock();

    // The pid the running app wrote into the lock at path.
    static std::optional<qint64> holder(const QString &path);

private:
    QString m_path;
    int m_file = -1;
};

} // namespace glance
