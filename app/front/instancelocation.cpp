#include "instancelocation.h"

#include "logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace glance {

namespace {

// A folder this user owns and nobody else can enter; made so if missing. lstat, not stat: a
// symbolic link planted in /tmp by someone else must not be followed.
bool isPrivateFolder(const QString &path, bool create, QString *why)
{
    const QByteArray native = QFile::encodeName(path);
    if (create && ::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        *why = QCoreApplication::translate("glance::InstanceLocation", "cannot create %1: %2")
                   .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    struct stat info;
    if (::lstat(native.constData(), &info) != 0) {
        *why = QCoreApplication::translate("glance::InstanceLocation", "cannot use %1: %2")
                   .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (!S_ISDIR(info.st_mode) || info.st_uid != ::geteuid()) {
        *why = QCoreApplication::translate("glance::InstanceLocation",
                                           "%1 is not a folder of this user")
                   .arg(path);
        return false;
    }
    if ((info.st_mode & 0077) != 0) {
        *why = QCoreApplication::translate("glance::InstanceLocation",
                                           "%1 can be entered by other users")
                   .arg(path);
        return false;
    }
    return true;
}

} // namespace

QString InstanceLocation::sessionName()
{
    QString display = qEnvironmentVariable("DISPLAY");
    // ":0", ":0.0" and "unix:0" name one X display.
    if (display.startsWith(QStringLiteral("unix:"))) {
        display.remove(0, 4);
    }
    const qsizetype screen = display.lastIndexOf(QLatin1Char('.'));
    if (screen > display.lastIndexOf(QLatin1Char(':'))) {
        display.truncate(screen);
    }
    const QString session =
        QStringLiteral("x11=%1;wayland=%2").arg(display, qEnvironmentVariable("WAYLAND_DISPLAY"));
    const QByteArray digest =
        QCryptographicHash::hash(session.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("session-") + QString::fromLatin1(digest.left(12));
}

std::optional<InstanceLocation> InstanceLocation::forThisSession(QString *error)
{
    // The candidates in order: the runtime folder; without a usable one, a folder in the user's
    // own cache, which nobody else can make first; and only where that cannot be (a read-only
    // home), one in /tmp. A folder whose socket path would not fit a socket address (108 bytes)
    // is passed over too.
    QStringList candidates;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    QString why;
    // Relative paths would put the socket wherever the launch happens to run.
    if (QDir::isAbsolutePath(runtime) && isPrivateFolder(runtime, false, &why)) {
        candidates << runtime + QStringLiteral("/glance-launcher");
    } else if (!runtime.isEmpty()) {
        qCWarning(lcIpc) << "not using $XDG_RUNTIME_DIR" << runtime << why;
    }
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (QDir::isAbsolutePath(cache)) {
        candidates << cache + QStringLiteral("/glance-launcher-runtime");
    }
    candidates << QStringLiteral("/tmp/glance-launcher-%1").arg(::geteuid());

    const QString name = sessionName();
    for (const QString &folder : std::as_const(candidates)) {
        const QString base = folder + QLatin1Char('/') + name;
        const QString socketPath = base + QStringLiteral(".socket");
        if (QFile::encodeName(socketPath).size() >= int(sizeof(sockaddr_un::sun_path))) {
            why = QCoreApplication::translate("glance::InstanceLocation",
                                              "the socket path %1 is too long")
                      .arg(socketPath);
            qCInfo(lcIpc) << "not using" << folder << why;
            continue;
        }
        QDir().mkpath(QFileInfo(folder).absolutePath());
        if (!isPrivateFolder(folder, true, &why)) {
            qCWarning(lcIpc) << "not using" << folder << why;
            continue;
        }
        InstanceLocation location;
        location.folder = folder;
        location.socketPath = socketPath;
        location.lockPath = base + QStringLiteral(".lock");
        return location;
    }
    if (error) {
        *error = why;
    }
    return std::nullopt;
}

} // namespace glance
