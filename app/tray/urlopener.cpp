#include "urlopener.h"

#include "logging.h"

#include <QDesktopServices>

namespace glance {

bool DesktopUrlOpener::open(const QUrl &link)
{
    const bool opened = QDesktopServices::openUrl(link);
    if (!opened) {
        qCWarning(lcTray) << "the desktop could not open a link on" << link.host();
    }
    return opened;
}

} // namespace glance
