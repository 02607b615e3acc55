#include "identity.h"

#include "textrules.h"

namespace glance {

namespace {

Problem tooLong(Field field, int limit)
{
    return Problem(field, QT_TRANSLATE_NOOP("glance::Problem", "at most %1 characters"),
                   {QString::number(limit)});
}

Problem controlCharacters(Field field)
{
    return Problem(field,
                   QT_TRANSLATE_NOOP(
                       "glance::Problem",
                       "control characters, invisible characters and line breaks are not allowed"));
}

bool isPhoneCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || u == u' ' || u == u'+' || u == u'(' || u == u')' ||
           u == u'-' || u == u'.' || u == u'/';
}

} // namespace

Result<Identity> Identity::parse(QStringView name, QStringView email, QStringView phone)
{
    Identity identity;
    const auto parsedName = parseName(name);
    if (!parsedName) {
        return parsedName.problem();
    }
    const auto parsedEmail = parseEmail(email);
    if (!parsedEmail) {
        return parsedEmail.problem();
    }
    const auto parsedPhone = parsePhone(phone);
    if (!parsedPhone) {
        return parsedPhone.problem();
    }
    if (!parsedName->isEmpty() || !parsedEmail->isEmpty() || !parsedPhone->isEmpty()) {
        identity.d = new Data;
        identity.d->name = *parsedName;
        identity.d->email = *parsedEmail;
        identity.d->phone = *parsedPhone;
    }
    return identity;
}

const QString &Identity::noText()
{
    static const QString empty;
    return empty;
}

Result<QString> Identity::parseName(QStringView typed)
{
    const QString name = text::cleaned(typed);
    if (text::hasControlCharacters(name)) {
        return controlCharacters(Field::Name);
    }
    if (!text::fitsLength(name, MaxNameLength)) {
        return tooLong(Field::Name, MaxNameLength);
    }
    return name;
}

Result<QString> Identity::parseEmail(QStringView typed)
{
    const QString email = text::cleaned(typed);
    if (email.isEmpty()) {
        return email;
    }
    if (text::hasControlCharacters(email)) {
        return controlCharacters(Field::Email);
    }
    if (!text::fitsLength(email, MaxEmailLength)) {
        return tooLong(Field::Email, MaxEmailLength);
    }
    for (QChar c : email) {
        if (c.isSpace()) {
            return Problem(Field::Email,
                           QT_TRANSLATE_NOOP("glance::Problem", "spaces are not allowed"));
        }
    }
    const qsizetype at = email.indexOf(u'@');
    if (email.count(u'@') != 1 || at == 0 || at == email.size() - 1) {
        return Problem(Field::Email,
                       QT_TRANSLATE_NOOP("glance::Problem", "needs one @ with text on both sides"));
    }
    return email;
}

Result<QString> Identity::parsePhone(QStringView typed)
{
    const QString phone = text::cleaned(typed);
    if (!text::fitsLength(phone, MaxPhoneLength)) {
        return tooLong(Field::Phone, MaxPhoneLength);
    }
    for (QChar c : phone) {
        if (!isPhoneCharacter(c)) {
            return Problem(Field::Phone,
                           QT_TRANSLATE_NOOP("glance::Problem",
                                             "only digits, spaces and + ( ) - . / are allowed"));
        }
    }
    return phone;
}

} // namespace glance
