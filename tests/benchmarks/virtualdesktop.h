#pragma once

#include <QProcess>

// An Xvfb display of its own with trayer as its system tray, for the tray measurements.
class VirtualDesktop
{
public:
    VirtualDesktop() = default;
    ~VirtualDesktop();
    VirtualDesktop(const VirtualDesktop &) = delete;
    VirtualDesktop &operator=(const VirtualDesktop &) = delete;

    bool start();
    QByteArray display() const { return m_display; }

private:
    QProcess m_xvfb;
    QProcess m_tray;
    QByteArray m_display;
};
