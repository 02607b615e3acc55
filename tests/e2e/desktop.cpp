#include "desktop.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Desktop::~Desktop()
{
    stopTray();
    m_xvfb.terminate();
    m_xvfb.waitForFinished();
}

bool Desktop::start()
{
    m_xvfb.start(u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-noreset"_s, u"-nolisten"_s, u"tcp"_s,
                             u"-screen"_s, u"0"_s, u"1024x700x24"_s});
    if (!m_xvfb.waitForStarted() || !m_xvfb.waitForReadyRead(10000)) {
        return false;
    }
    const QString display = u":"_s + QString::fromLatin1(m_xvfb.readLine()).trimmed();
    m_environment.insert(u"DISPLAY"_s, display);
    m_environment.remove(u"WAYLAND_DISPLAY"_s);
    m_environment.remove(u"QT_QPA_PLATFORM"_s);
    // -noreset: by default the server resets when its last client leaves, and refuses clients
    // while it does, so a probe like this one would make the app's connection fail.
    for (int attempt = 0; attempt < 50; ++attempt) {
        int exitCode = -1;
        run(u"xdpyinfo"_s, {u"-queryExtensions"_s}, &exitCode);
        if (exitCode == 0) {
            return true;
        }
        QTest::qWait(100);
    }
    qWarning("Xvfb on %s refuses clients: %s", qPrintable(display),
             m_xvfb.readAllStandardError().constData());
    return false;
}

bool Desktop::startTray()
{
    m_tray.setProcessEnvironment(m_environment);
    m_tray.start(u"trayer"_s,
                 {u"--edge"_s, u"top"_s, u"--align"_s, u"right"_s, u"--widthtype"_s, u"pixel"_s,
                  u"--width"_s, u"120"_s, u"--height"_s, u"28"_s, u"--tint"_s, u"0x303030"_s,
                  u"--transparent"_s, u"true"_s, u"--alpha"_s, u"0"_s});
    return m_tray.waitForStarted();
}

void Desktop::stopTray()
{
    if (m_tray.state() != QProcess::NotRunning) {
        m_tray.terminate();
        m_tray.waitForFinished();
    }
}

QByteArray Desktop::run(const QString &program, const QStringList &arguments, int *exitCode,
                        const QByteArray &input) const
{
    QProcess tool;
    tool.setProcessEnvironment(m_environment);
    tool.start(program, arguments);
    if (!input.isNull()) {
        tool.write(input);
        tool.closeWriteChannel();
    }
    if (!tool.waitForFinished(15000)) {
        tool.kill();
        tool.waitForFinished();
    }
    if (exitCode) {
        *exitCode = tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
    }
    return tool.readAllStandardOutput();
}

std::optional<QRect> Desktop::trayIcon() const
{
    // In `xwininfo -root -tree`, the icon is a window of the app's class inside trayer's panel:
    //      0x200003 "panel": ("panel" "trayer")  120x28+904+0  +904+0
    //            0x400006 "glance-launcher": ("glance-launcher" "glance-launcher")  22x26+0+0
    //            +1001+1
    static const QRegularExpression icon(uR"(\("glance-launcher" "glance-launcher"\)\s+)"
                                         uR"((\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+))"_s);
    const QStringList lines =
        QString::fromUtf8(run(u"xwininfo"_s, {u"-root"_s, u"-tree"_s})).split(u'\n');
    qsizetype panelIndent = -1;
    for (const QString &line : lines) {
        const qsizetype indent = line.size() - line.trimmed().size();
        if (line.contains(uR"(("panel" "trayer"))"_s)) {
            panelIndent = indent;
            continue;
        }
        if (panelIndent >= 0 && indent <= panelIndent) {
            panelIndent = -1;
        }
        const auto match = icon.match(line);
        if (panelIndent >= 0 && match.hasMatch()) {
            return QRect(match.captured(3).toInt(), match.captured(4).toInt(),
                         match.captured(1).toInt(), match.captured(2).toInt());
        }
    }
    return std::nullopt;
}

int Desktop::visibleAppWindows() const
{
    const QByteArray found = run(
        u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s, u"--classname"_s, u"glance-launcher"_s});
    return int(found.count('\n'));
}

bool Desktop::hasVisibleWindow(const QString &title) const
{
    int exitCode = -1;
    run(u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s, u"--name"_s, title}, &exitCode);
    return exitCode == 0;
}

bool Desktop::focus(const QString &title) const
{
    const QByteArray windows =
        run(u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s, u"--name"_s, title});
    const QByteArray window = windows.split('\n').constFirst().trimmed();
    if (window.isEmpty()) {
        return false;
    }
    int exitCode = -1;
    run(u"xdotool"_s, {u"windowfocus"_s, u"--sync"_s, QString::fromLatin1(window)}, &exitCode);
    return exitCode == 0;
}

void Desktop::click(const QPoint &at, int button) const
{
    run(u"xdotool"_s, {u"mousemove"_s, QString::number(at.x()), QString::number(at.y()), u"click"_s,
                       QString::number(button)});
}

void Desktop::key(const QString &keys) const
{
    run(u"xdotool"_s, {u"key"_s, keys});
}

void Desktop::type(const QString &text) const
{
    run(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"20"_s, text});
}

void Desktop::setClipboard(const QByteArray &bytes) const
{
    // xclip stays in the background to serve the clipboard until something else takes it.
    QProcess::startDetached(u"sh"_s, {u"-c"_s,
                                      u"printf '%s' \"$0\" | DISPLAY=\"$1\" xclip -selection "
                                      u"clipboard"_s,
                                      QString::fromUtf8(bytes), m_environment.value(u"DISPLAY"_s)});
    QTest::qWait(300);
}

QByteArray Desktop::clipboard() const
{
    return run(u"xclip"_s, {u"-selection"_s, u"clipboard"_s, u"-o"_s});
}

QImage Desktop::screenshot() const
{
    return QImage::fromData(run(u"import"_s, {u"-window"_s, u"root"_s, u"png:-"_s}), "PNG");
}
