#include "pastedkey.h"

#include "formencoding.h"
#include "logging.h"
#include "textrules.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace glance {

namespace {

// Without the brackets and quotes chat programs put around links, and the punctuation of the
// sentence the link ends. In running text a key ending in '.' loses it: sentences end in dots,
// keys hardly ever. A link pasted alone ends no sentence: the dots it ends in, but for those
// after a closing bracket or quote, are its key's.
QString unwrapped(QString word, bool inRunningText)
{
    static const QString wrappers = QStringLiteral("<>()[]{}\"'`");
    static const QString sentenceEnd = QStringLiteral(".,;:!?");
    qsizetype end = word.size();
    while (end > 0 &&
           (wrappers.contains(word.at(end - 1)) || sentenceEnd.contains(word.at(end - 1)))) {
        --end;
    }
    if (!inRunningText) {
        while (end < word.size() && word.at(end) == u'.') {
            ++end;
        }
    }
    word.truncate(end);
    while (!word.isEmpty() && wrappers.contains(word.front())) {
        word.remove(0, 1);
    }
    return word;
}

// A viewer or join-page link on any host: http(s):// or no scheme, then the host, then one of
// the two paths in any case.
bool isGlanceJoinLink(QStringView word)
{
    QStringView rest = word;
    const qsizetype schemeEnd = word.indexOf(u"://");
    if (schemeEnd >= 0) {
        const QStringView scheme = word.first(schemeEnd);
        if (scheme.compare(u"https", Qt::CaseInsensitive) != 0 &&
            scheme.compare(u"http", Qt::CaseInsensitive) != 0) {
            return false;
        }
        rest = word.sliced(schemeEnd + 3);
    }
    const qsizetype pathStart = rest.indexOf(u'/');
    if (pathStart <= 0) {
        return false;
    }
    QStringView path = rest.sliced(pathStart);
    for (QChar end : {u'?', u'#'}) {
        if (const qsizetype at = path.indexOf(end); at >= 0) {
            path = path.first(at);
        }
    }
    return path.compare(u"/agentjoin/agentview.aspx", Qt::CaseInsensitive) == 0 ||
           path.compare(u"/agentjoin/agentjoin.aspx", Qt::CaseInsensitive) == 0;
}

// The SessionKey and VisitorId values of the link's query; the fragment never reaches a server.
QStringList keysIn(QStringView link)
{
    if (const qsizetype fragment = link.indexOf(u'#'); fragment >= 0) {
        link = link.first(fragment);
    }
    QStringList keys;
    const qsizetype queryStart = link.indexOf(u'?');
    if (queryStart < 0) {
        return keys;
    }
    for (const auto &[name, value] : form::parseQuery(link.sliced(queryStart + 1).toUtf8())) {
        if (name.compare(u"SessionKey", Qt::CaseInsensitive) == 0 ||
            name.compare(u"VisitorId", Qt::CaseInsensitive) == 0) {
            keys << value;
        }
    }
    return keys;
}

// "Session key: 1234" as copied from a chat: the label is not part of the key. Glance's pages
// say "session key" and "session code".
QStringView withoutLabel(QStringView pasted)
{
    static const QRegularExpression label(
        QStringLiteral("^\\s*(?:session\\s*(?:key|code)|key|code)(?:\\s*[:#=]\\s*|\\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = label.match(pasted.toString());
    return match.hasMatch() ? pasted.sliced(match.capturedEnd()) : pasted;
}

} // namespace

Result<SessionKey> sessionKeyFromPaste(QStringView pasted)
{
    const QStringView trimmed = pasted.trimmed();
    const bool inRunningText =
        std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); });
    QStringList keys;
    bool sawLink = false;
    QString word;
    for (qsizetype i = 0; i <= pasted.size(); ++i) {
        if (i < pasted.size() && !pasted.at(i).isSpace()) {
            if (pasted.at(i).category() != QChar::Other_Format) {
                word.append(pasted.at(i));
            }
            continue;
        }
        const QString candidate = unwrapped(word, inRunningText);
        word.clear();
        if (isGlanceJoinLink(candidate)) {
            sawLink = true;
            keys << keysIn(candidate);
        }
    }
    if (!sawLink) {
        if (pasted.contains(u"://")) {
            return Problem(Field::SessionKey,
                           QT_TRANSLATE_NOOP("glance::Problem",
                                             "the pasted link is not a Glance viewer or join "
                                             "link"));
        }
        return SessionKey::parse(withoutLabel(pasted));
    }
    qCDebug(lcCore) << "taking the session key from pasted links";
    if (keys.isEmpty()) {
        return Problem(Field::SessionKey,
                       QT_TRANSLATE_NOOP("glance::Problem", "the pasted link holds no session "
                                                            "key"));
    }
    std::optional<SessionKey> found;
    for (const QString &key : std::as_const(keys)) {
        const auto parsed = SessionKey::parse(key);
        if (!parsed) {
            return parsed;
        }
        if (found && *found != *parsed) {
            return Problem(Field::SessionKey,
                           QT_TRANSLATE_NOOP("glance::Problem",
                                             "the pasted text holds more than one session key"));
        }
        found = *parsed;
    }
    return *found;
}

std::optional<SessionKey> sessionKeyOnClipboard(QStringView clipboard)
{
    // A key is at most 50 characters; a long text is a document, not a key to join.
    constexpr qsizetype longestText = 2000;
    if (clipboard.size() > longestText) {
        return std::nullopt;
    }
    const auto key = sessionKeyFromPaste(clipboard);
    if (!key) {
        return std::nullopt;
    }
    if (clipboard.contains(u"/agentjoin/", Qt::CaseInsensitive)) {
        return *key;
    }
    // Keys read out in groups ("12 34") have digits in every group; sentences do not.
    const auto hasDigit = [](QStringView part) {
        return std::any_of(part.begin(), part.end(),
                           [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    const QString text = withoutLabel(clipboard).toString().simplified();
    for (QStringView part : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
        if (!hasDigit(part)) {
            return std::nullopt;
        }
    }
    return *key;
}

} // namespace glance
