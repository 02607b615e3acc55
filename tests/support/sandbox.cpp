#include "sandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QtGlobal>

#include <cerrno>
#include <cstring>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace glance::test {

namespace {
bool privateMounts = false;
QString unavailable;
QList<QByteArray> mounted;
} // namespace

QString whyNoSandbox()
{
    return unavailable;
}

bool isRoot()
{
    return ::geteuid() == 0;
}

void enterPrivateMounts()
{
    if (!isRoot()) {
        return;
    }
    if (::unshare(CLONE_NEWNS) != 0) {
        unavailable = QStringLiteral("cannot enter a private mount namespace: %1")
                          .arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    // Keep what the test mounts from reaching the rest of the machine. Only a mount point can
    // be made private, so this fails in a chroot whose "/" is not one.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        unavailable = QStringLiteral("cannot make the mounts of this test private (%1): a root "
                                     "test needs \"/\" to be a mount point")
                          .arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    privateMounts = true;
}

bool makeReadOnly(const QString &path)
{
    if (!isRoot()) {
        const QFileInfo info(path);
        QFile::Permissions permissions = QFile::ReadOwner | QFile::ReadUser;
        if (info.isDir()) {
            permissions |= QFile::ExeOwner | QFile::ExeUser;
        }
        return QFile::setPermissions(path, permissions);
    }
    if (!privateMounts) {
        return false;
    }
    const QByteArray native = QFile::encodeName(path);
    if (::mount(native.constData(), native.constData(), nullptr, MS_BIND, nullptr) != 0) {
        return false;
    }
    mounted.prepend(native);
    return ::mount(nullptr, native.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY,
                   nullptr) == 0;
}

bool mountFullDisk(const QString &folder)
{
    if (!privateMounts) {
        return false;
    }
    const QByteArray native = QFile::encodeName(folder);
    if (::mount("tmpfs", native.constData(), "tmpfs", 0, "size=4k") != 0) {
        return false;
    }
    mounted.prepend(native);
    // Fill it: the one page it has goes to a file nobody needs.
    QFile filler(folder + QStringLiteral("/filler"));
    if (filler.open(QIODevice::WriteOnly)) {
        const QByteArray block(512, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    return true;
}

void releaseMounts()
{
    for (const QByteArray &path : std::as_const(mounted)) {
        ::umount2(path.constData(), MNT_DETACH);
    }
    mounted.clear();
}

} // namespace glance::test
