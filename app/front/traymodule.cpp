#include "traymodule.h"

#include "exitcode.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

namespace glance {

namespace {

// The folder of the running executable, without needing a QCoreApplication.
QString executableFolder(const char *argv0)
{
#ifdef Q_OS_LINUX
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists()) {
        return QFileInfo(self.canonicalFilePath()).absolutePath();
    }
#endif
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

} // namespace

int runTrayModule(const TrayLaunch &launch)
{
    // GLANCE_TRAY_MODULE_PATH: the module's path relative to the executable, the same in the
    // build tree and once installed.
    const QString path = QDir::cleanPath(executableFolder(launch.program) + QLatin1Char('/') +
                                         QStringLiteral(GLANCE_TRAY_MODULE_PATH));
    QLibrary module(path);
    const auto entry = reinterpret_cast<TrayEntryPoint>(module.resolve(TrayEntrySymbol));
    if (!entry) {
        qCCritical(lcCli) << "cannot load the tray module:" << module.errorString();
        std::fprintf(stderr, "glance-launcher: cannot load %s: %s\n", qPrintable(path),
                     qPrintable(module.errorString()));
        return int(ExitCode::OpenFailed);
    }
    // The module stays loaded until the process ends: Qt's objects from it live that long.
    return entry(&launch);
}

} // namespace glance
