#pragma once

#include "commandline.h"

namespace glance {

// The command front: what happens between main() and the tray app. Prints a link, opens one,
// or starts the app, creating no GUI object unless it starts the tray module.
int runFront(int &argc, char **argv);

// The arguments as text, before any QCoreApplication exists.
QStringList argumentsOf(int argc, char **argv);

// One line on stderr: "glance-launcher: <message>".
void printError(const QString &message);

} // namespace glance
