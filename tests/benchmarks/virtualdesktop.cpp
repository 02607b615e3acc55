#include "virtualdesktop.h"

#include <QProcessEnvironment>

VirtualDesktop::~VirtualDesktop()
{
    for (QProcess *process : {&m_tray, &m_xvfb}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            process->waitForFinished();
        }
    }
}

bool VirtualDesktop::start()
{
    // -noreset: without it the server resets, refusing clients, whenever its last one leaves.
    m_xvfb.start(QStringLiteral("Xvfb"),
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-noreset"),
                  QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-screen"),
                  QStringLiteral("0"), QStringLiteral("1024x700x24")});
    if (!m_xvfb.waitForStarted() || !m_xvfb.waitForReadyRead(10000)) {
        return false;
    }
    m_display = ':' + m_xvfb.readLine().trimmed();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), QString::fromLatin1(m_display));
    m_tray.setProcessEnvironment(environment);
    m_tray.start(QStringLiteral("trayer"),
                 {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                  QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("pixel"),
                  QStringLiteral("--width"), QStringLiteral("120"), QStringLiteral("--height"),
                  QStringLiteral("28")});
    return m_tray.waitForStarted();
}
