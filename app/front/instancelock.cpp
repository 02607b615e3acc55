#include "instancelock.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace glance {

InstanceLock::Attempt InstanceLock::tryLock()
{
    if (m_file >= 0) {
        return Attempt::Taken;
    }
    const QByteArray path = QFile::encodeName(m_path);
    const int file = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (file < 0) {
        return Attempt::Failed;
    }
    if (::flock(file, LOCK_EX | LOCK_NB) != 0) {
        ::close(file);
        return errno == EWOULDBLOCK ? Attempt::HeldByAnother : Attempt::Failed;
    }
    // The app before may have removed the file between our open and our flock: then this lock
    // is on a file nobody else will open, and the next attempt opens the one at the path.
    struct stat locked
    {
    };
    struct stat atPath
    {
    };
    if (::fstat(file, &locked) != 0 || ::stat(path.constData(), &atPath) != 0 ||
        locked.st_dev != atPath.st_dev || locked.st_ino != atPath.st_ino) {
        ::close(file);
        return Attempt::HeldByAnother;
    }
    // Only the message that names the running app by its pid needs this: a failure is no reason
    // to give the lock up.
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    const bool written =
        ::ftruncate(file, 0) == 0 && ::write(file, pid.constData(), size_t(pid.size())) > 0;
    Q_UNUSED(written);
    m_file = file;
    return Attempt::Taken;
}

void InstanceLock::unlock()
{
    if (m_file < 0) {
        return;
    }
    // Removed while still held, so that no later app can lock the file on its way out.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_file);
    m_file = -1;
}

std::optional<qint64> InstanceLock::holder(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 pid = file.readLine(32).trimmed().toLongLong(&ok);
    return ok && pid > 0 ? std::optional<qint64>(pid) : std::nullopt;
}

} // namespace glance
