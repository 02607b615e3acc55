#pragma once

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRect>
#include <QString>

#include <optional>

// A real X desktop for end-to-end tests: an Xvfb display of its own, trayer as the system tray,
// xdotool for the mouse and keys, xclip for the clipboard, ImageMagick's import for pictures.
class Desktop
{
public:
    Desktop() = default;
    ~Desktop();
    Desktop(const Desktop &) = delete;
    Desktop &operator=(const Desktop &) = delete;

    bool start();
    bool startTray();
    void stopTray();

    // The test's own environment with this display.
    QProcessEnvironment environment() const { return m_environment; }

    // Runs a tool on this display and returns what it printed; exitCode when wanted.
    QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr,
                   const QByteArray &input = {}) const;

    // Where the app's icon sits in the tray, once trayer has embedded it.
    std::optional<QRect> trayIcon() const;
    // Visible top-level windows of the app (its menus included).
    int visibleAppWindows() const;
    bool hasVisibleWindow(const QString &title) const;

    // Gives the keyboard to the window titled so; there is no window manager to do it.
    bool focus(const QString &title) const;
    void click(const QPoint &at, int button) const;
    void key(const QString &keys) const;
    void type(const QString &text) const;
    void setClipboard(const QByteArray &bytes) const;
    QByteArray clipboard() const;
    QImage screenshot() const;

private:
    QProcess m_xvfb;
    QProcess m_tray;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};
