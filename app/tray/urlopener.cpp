#include "urlopener.h"

#include "logging.h"
#include "xdgopen.h"

#include <QDesktopServices>

namespace glance {

DesktopUrlOpener::DesktopUrlOpener()
{
    if (XdgOpen::isAvailable()) {
        m_xdgOpen = std::make_unique<XdgOpen>();
        QObject::connect(m_xdgOpen.get(), &XdgOpen::failed, m_xdgOpen.get(),
                         [this](const QUrl &link, const QString &why) {
                             m_failed = true;
                             reportLaterFailure(link, why);
                         });
    }
}

DesktopUrlOpener::~DesktopUrlOpener() = default;

bool DesktopUrlOpener::open(const QUrl &link)
{
    const bool opened = QDesktopServices::openUrl(link);
    if (!opened) {
        qCWarning(lcTray) << "the desktop could not open a link on" << link.host();
    }
    return opened;
}

bool DesktopUrlOpener::succeeded(int timeoutMs)
{
    if (m_xdgOpen) {
        m_xdgOpen->waitForOpens(timeoutMs);
    }
    return !m_failed;
}

} // namespace glance
