#include "pastedkey.h"

#include "formencoding.h"
#include "logging.h"
#include "textrules.h"

#include <QStringList>

namespace glance {

namespace {

bool isGlanceJoinLink(QStringView word)
{
    return word.contains(u"/agentjoin/agentview.aspx", Qt::CaseInsensitive) ||
           word.contains(u"/agentjoin/agentjoin.aspx", Qt::CaseInsensitive);
}

// The word of the pasted text that holds the link, without the brackets and quotes chat
// programs put around links.
QString linkWord(QStringView pasted)
{
    static const QString wrappers = QStringLiteral("<>()[]{}\"'`");
    static const QString sentenceEnd = QStringLiteral(".,;:!?");
    QString current;
    for (qsizetype i = 0; i <= pasted.size(); ++i) {
        const bool end = i == pasted.size() || pasted.at(i).isSpace();
        if (!end) {
            if (pasted.at(i).category() != QChar::Other_Format) {
                current.append(pasted.at(i));
            }
            continue;
        }
        while (!current.isEmpty() &&
               (wrappers.contains(current.back()) || sentenceEnd.contains(current.back()))) {
            current.chop(1);
        }
        while (!current.isEmpty() && wrappers.contains(current.front())) {
            current.remove(0, 1);
        }
        if (isGlanceJoinLink(current)) {
            return current;
        }
        current.clear();
    }
    return {};
}

Result<SessionKey> keyFromLink(const QString &link)
{
    const qsizetype queryStart = link.indexOf(u'?');
    if (queryStart >= 0) {
        qsizetype queryEnd = link.indexOf(u'#', queryStart);
        if (queryEnd < 0) {
            queryEnd = link.size();
        }
        const QString query = link.mid(queryStart + 1, queryEnd - queryStart - 1);
        for (const auto &[name, value] : form::parseQuery(query.toUtf8())) {
            if (name.compare(u"SessionKey", Qt::CaseInsensitive) == 0 ||
                name.compare(u"VisitorId", Qt::CaseInsensitive) == 0) {
                return SessionKey::parse(value);
            }
        }
    }
    return Problem(Field::SessionKey,
                   QT_TRANSLATE_NOOP("glance::Problem", "the pasted link holds no session key"));
}

} // namespace

Result<SessionKey> sessionKeyFromPaste(QStringView pasted)
{
    const QString link = linkWord(pasted);
    if (!link.isEmpty()) {
        qCDebug(lcCore) << "taking the session key from a pasted link";
        return keyFromLink(link);
    }
    if (pasted.contains(u"://")) {
        return Problem(Field::SessionKey,
                       QT_TRANSLATE_NOOP("glance::Problem",
                                         "the pasted link is not a Glance viewer or join link"));
    }
    return SessionKey::parse(pasted);
}

} // namespace glance
