#pragma once

#include "request.h"

#include <QUrl>

namespace glance {

// The tray app lives in a module of its own that links Qt Widgets, loaded only when the app is
// started or a link has to be opened, so that printing a link or forwarding a request to the
// running app never pays for loading the GUI libraries.
struct TrayLaunch
{
    enum class Mode
    {
        OpenLink, // open link, report failure, exit
        RunApp,   // become the tray app, then carry out request
    };

    static constexpr int AbiVersion = 1;
    int abiVersion = AbiVersion;
    char *program = nullptr; // argv[0]
    Mode mode = Mode::RunApp;
    QUrl link;
    Request request;
    // Where the app listens for later launches; empty when it runs alone. The front holds the
    // lock for it until the module returns.
    QString socketPath;
};

using TrayEntryPoint = int (*)(const TrayLaunch *launch);
inline constexpr auto TrayEntrySymbol = "glance_tray_main";

// Loads the module and runs it; returns its exit code, or 1 when it cannot be loaded.
int runTrayModule(const TrayLaunch &launch);

} // namespace glance
