#include "joinoptions.h"

namespace glance {

QString joinModeValue(JoinMode mode)
{
    switch (mode) {
    case JoinMode::Default:
        return {};
    case JoinMode::UniversalJoin:
        return QStringLiteral("universaljoin");
    case JoinMode::ChatInvitation:
        return QStringLiteral("chatinvitation");
    case JoinMode::SmsInvitation:
        return QStringLiteral("smsinvitation");
    }
    return {};
}

Result<JoinMode> parseJoinMode(QStringView typed)
{
    const QStringView value = typed.trimmed();
    if (value.isEmpty() || value.compare(u"default", Qt::CaseInsensitive) == 0) {
        return JoinMode::Default;
    }
    for (JoinMode mode :
         {JoinMode::UniversalJoin, JoinMode::ChatInvitation, JoinMode::SmsInvitation}) {
        if (value.compare(joinModeValue(mode), Qt::CaseInsensitive) == 0) {
            return mode;
        }
    }
    return Problem(Field::JoinMode,
                   QT_TRANSLATE_NOOP("glance::Problem",
                                     "one of universaljoin, chatinvitation or smsinvitation"));
}

} // namespace glance
