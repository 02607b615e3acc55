#include "logging.h"

namespace glance {
Q_LOGGING_CATEGORY(lcTray, "glance.tray", QtWarningMsg)
}
