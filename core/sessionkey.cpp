#include "sessionkey.h"

#include "textrules.h"

namespace glance {

namespace {

bool isKeyCharacter(QChar c)
{
    return text::isAsciiLetterOrDigit(c) || c == u'-' || c == u'_' || c == u'.';
}

} // namespace

Result<SessionKey> SessionKey::parse(QStringView typed)
{
    const QString key = text::withoutInvisibles(typed);
    if (key.isEmpty()) {
        return Problem(
            Field::SessionKey,
            QT_TRANSLATE_NOOP("glance::Problem", "enter the session key the customer gave you"));
    }
    if (key.size() > MaxLength) {
        return Problem(
            Field::SessionKey,
            QT_TRANSLATE_NOOP("glance::Problem", "at most %1 characters (this one has %2)"),
            {QString::number(MaxLength), QString::number(key.size())});
    }
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (!isKeyCharacter(key.at(i))) {
            return Problem(Field::SessionKey,
                           QT_TRANSLATE_NOOP("glance::Problem",
                                             "only letters, digits, '-', '_' and '.' are "
                                             "allowed, not '%1'"),
                           {text::firstCharacterShown(QStringView(key).mid(i))});
        }
    }
    return SessionKey(key);
}

} // namespace glance
