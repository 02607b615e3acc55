#pragma once

#include <QObject>
#include <QUrl>

namespace glance {

// Where Qt hands links to xdg-open (X11 and Wayland desktops with xdg-utils), QDesktopServices
// reports success as soon as xdg-open has started, even when xdg-open then finds no browser
// and exits with an error. Registered as QDesktopServices' handler for http and https links,
// this runs xdg-open itself, as Qt would, and reports such a failure.
class XdgOpen : public QObject
{
    Q_OBJECT

public:
    // Whether xdg-open is there, and the platform one that Qt would hand it links on.
    static bool isAvailable();

    explicit XdgOpen(QObject *parent = nullptr);
    ~XdgOpen() override;

    // Waits until every xdg-open started has finished, or for timeoutMs; true when all have.
    // A browser that xdg-open runs itself keeps it running as long as it runs: that is success.
    bool waitForOpens(int timeoutMs);

public Q_SLOTS:
    // The handler's slot, called by QDesktopServices::openUrl.
    void open(const QUrl &link);

Q_SIGNALS:
    void failed(const QUrl &link, const QString &why);

private:
    int m_running = 0;
};

} // namespace glance
