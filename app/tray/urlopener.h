#pragma once

#include <QUrl>

#include <functional>
#include <memory>

namespace glance {

class XdgOpen;

// Hands a link to the browser. Tests put a recording opener in its place.
class UrlOpener
{
public:
    using FailureHandler = std::function<void(const QUrl &link, const QString &why)>;

    virtual ~UrlOpener() = default;
    // False when the link could not be handed on at all.
    virtual bool open(const QUrl &link) = 0;
    // Called for a failure found after open() returned: a browser that could not be started.
    void onLaterFailure(FailureHandler handler) { m_laterFailure = std::move(handler); }

protected:
    void reportLaterFailure(const QUrl &link, const QString &why) const
    {
        if (m_laterFailure) {
            m_laterFailure(link, why);
        }
    }

private:
    FailureHandler m_laterFailure;
};

// QDesktopServices: the desktop's opener (xdg-open, watched to the end where Qt would use it),
// or $BROWSER where no desktop opener is installed. Needs the QGuiApplication.
class DesktopUrlOpener : public UrlOpener
{
public:
    DesktopUrlOpener();
    ~DesktopUrlOpener() override;

    bool open(const QUrl &link) override;
    // Waits for the outcome of what open() started, up to timeoutMs, for a program that ends
    // once the link is open; false when one failed.
    bool succeeded(int timeoutMs);

private:
    std::unique_ptr<XdgOpen> m_xdgOpen;
    bool m_failed = false;
};

} // namespace glance
