#include "logging.h"

namespace glance {
Q_LOGGING_CATEGORY(lcCore, "glance.core", QtWarningMsg)
}
