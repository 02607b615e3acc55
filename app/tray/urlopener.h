#pragma once

#include <QUrl>

namespace glance {

// Hands a link to the browser. Tests put a recording opener in its place.
class UrlOpener
{
public:
    virtual ~UrlOpener() = default;
    virtual bool open(const QUrl &link) = 0;
};

// QDesktopServices: the desktop's opener, or $BROWSER where no desktop opener is installed.
class DesktopUrlOpener : public UrlOpener
{
public:
    bool open(const QUrl &link) override;
};

} // namespace glance
