#pragma once

#include <QByteArray>
#include <QList>

#include <xcb/xcb.h>

// Watches a system tray on an X display from outside, as its user would see it: whether a
// program's icon (its WM_CLASS instance) is mapped, and so drawn, inside trayer's panel.
class TrayWatch
{
public:
    explicit TrayWatch(const QByteArray &display);
    ~TrayWatch();
    TrayWatch(const TrayWatch &) = delete;
    TrayWatch &operator=(const TrayWatch &) = delete;

    bool connected() const { return m_connection && !xcb_connection_has_error(m_connection); }
    // Looks for trayer's panel until it is there or timeoutMs have passed.
    bool waitForPanel(int timeoutMs);
    // Whether a viewable window of that WM_CLASS instance is in the panel now.
    bool iconShown(const QByteArray &instance);

private:
    QByteArray instanceOf(xcb_window_t window);
    bool holdsIcon(xcb_window_t parent, const QByteArray &instance, int depth);

    xcb_connection_t *m_connection = nullptr;
    xcb_window_t m_root = XCB_NONE;
    xcb_window_t m_panel = XCB_NONE;
};
