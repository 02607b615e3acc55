#include "desktopexec.h"

#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>

namespace glance::test {

namespace {

// An argument after splitting and unquoting, before the field codes are expanded.
struct Word
{
    QString text;
    bool quoted = false;
};

// "Reserved characters are space, tab, newline, double quote, single quote, backslash, >, <, ~, |,
// &, ;, $, *, ?, #, (, ) and backtick."
bool isReserved(QChar c)
{
    return QStringView(u" \t\n\"'\\><~|&;$*?#()`").contains(c);
}

// "Quoting must be done by enclosing the argument between double quotes and escaping the double
// quote character, backtick character, dollar sign and backslash character by preceding it with
// an additional backslash character."
bool isEscapedInQuotes(QChar c)
{
    return c == u'"' || c == u'`' || c == u'$' || c == u'\\';
}

std::optional<QList<Word>> splitWords(const QString &line)
{
    QList<Word> words;
    const qsizetype end = line.size();
    qsizetype i = 0;
    while (i < end) {
        // "Arguments are separated by a space."
        if (line.at(i) == u' ') {
            ++i;
            continue;
        }
        Word word;
        if (line.at(i) == u'"') {
            word.quoted = true;
            bool closed = false;
            for (++i; i < end && !closed; ++i) {
                const QChar c = line.at(i);
                if (c == u'"') {
                    closed = true;
                } else if (c == u'\\') {
                    if (i + 1 == end || !isEscapedInQuotes(line.at(i + 1))) {
                        return std::nullopt;
                    }
                    word.text += line.at(++i);
                } else if (isEscapedInQuotes(c)) {
                    return std::nullopt;
                } else {
                    word.text += c;
                }
            }
            // "Arguments may be quoted in whole": the closing quote ends the argument.
            if (!closed || (i < end && line.at(i) != u' ')) {
                return std::nullopt;
            }
        } else {
            for (; i < end && line.at(i) != u' '; ++i) {
                if (isReserved(line.at(i))) {
                    return std::nullopt;
                }
                word.text += line.at(i);
            }
        }
        words.append(word);
    }
    return words;
}

} // namespace

std::optional<QString> unescapeDesktopString(const QString &value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'\\') {
            text += value.at(i);
            continue;
        }
        if (++i == value.size()) {
            return std::nullopt;
        }
        switch (value.at(i).unicode()) {
        case u's':
            text += u' ';
            break;
        case u'n':
            text += u'\n';
            break;
        case u't':
            text += u'\t';
            break;
        case u'r':
            text += u'\r';
            break;
        case u'\\':
            text += u'\\';
            break;
        default:
            return std::nullopt;
        }
    }
    return text;
}

std::optional<QStringList> parseDesktopExec(const QString &value, const ExecFieldValues &fields)
{
    // "The general escape rule for values of type string ... is applied before the quoting rule."
    const std::optional<QString> line = unescapeDesktopString(value);
    if (!line) {
        return std::nullopt;
    }
    // "Values of type string may contain all ASCII characters except for control characters."
    for (const QChar c : *line) {
        if (c.category() == QChar::Other_Control) {
            return std::nullopt;
        }
    }
    const std::optional<QList<Word>> words = splitWords(*line);
    if (!words || words->isEmpty()) {
        return std::nullopt;
    }

    // "Implementations must undo quoting before expanding field codes."
    QStringList arguments;
    int fileCodes = 0;
    for (qsizetype w = 0; w < words->size(); ++w) {
        const Word &word = words->at(w);
        const bool isProgram = w == 0;
        if (!word.quoted && !isProgram) {
            // "The %F and %U field codes may only be used as an argument on their own." %i
            // expands to two arguments, so it stands alone too.
            if (word.text == u"%F" || word.text == u"%U") {
                ++fileCodes;
                continue;
            }
            if (word.text == u"%i") {
                if (!fields.icon.isEmpty()) {
                    arguments << QStringLiteral("--icon") << fields.icon;
                }
                continue;
            }
        }
        QString expanded;
        bool hadFieldCode = false;
        for (qsizetype i = 0; i < word.text.size(); ++i) {
            const QChar c = word.text.at(i);
            if (c != u'%') {
                expanded += c;
                continue;
            }
            if (++i == word.text.size()) {
                return std::nullopt;
            }
            const QChar code = word.text.at(i);
            if (code == u'%') {
                expanded += u'%';
                continue;
            }
            // "Field codes must not be used inside a quoted argument, the result of field code
            // expansion inside a quoted argument is undefined." A field code as the program has
            // no meaning either.
            if (word.quoted || isProgram) {
                return std::nullopt;
            }
            hadFieldCode = true;
            switch (code.unicode()) {
            case u'f':
            case u'u':
                ++fileCodes; // no file to open: removed
                break;
            case u'c':
                expanded += fields.name;
                break;
            case u'k':
                expanded += fields.location;
                break;
            case u'd':
            case u'D':
            case u'n':
            case u'N':
            case u'v':
            case u'm':
                break; // deprecated: removed
            default:
                // A code not in the list, or %F, %U, %i inside a longer argument.
                return std::nullopt;
            }
        }
        if (isProgram && (expanded.isEmpty() || expanded.contains(u'='))) {
            // "The name or path of the executable program may not contain the equal sign."
            return std::nullopt;
        }
        if (hadFieldCode && expanded.isEmpty()) {
            continue;
        }
        arguments.append(expanded);
    }
    // "A command line may contain at most one %f, %u, %F or %U field code."
    if (fileCodes > 1) {
        return std::nullopt;
    }
    return arguments;
}

std::optional<DesktopFileGroups> readDesktopFile(const QByteArray &contents)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(contents);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9-]+(\\[[^][]+\\])?$"));
    DesktopFileGroups groups;
    QString group;
    for (const QString &line : text.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        if (line.startsWith(u'[')) {
            group = line.mid(1, line.size() - 2);
            if (!line.endsWith(u']') || group.isEmpty() || group.contains(u'[') ||
                group.contains(u']') || groups.contains(group)) {
                return std::nullopt;
            }
            groups.insert(group, {});
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0 || group.isEmpty()) {
            return std::nullopt;
        }
        // "Space before and after the equals sign should be ignored."
        QString key = line.left(equals);
        while (key.endsWith(u' ')) {
            key.chop(1);
        }
        QString value = line.mid(equals + 1);
        while (value.startsWith(u' ')) {
            value.remove(0, 1);
        }
        QMap<QString, QString> &keys = groups[group];
        if (!keyPattern.match(key).hasMatch() || keys.contains(key)) {
            return std::nullopt;
        }
        keys.insert(key, value);
    }
    return groups;
}

} // namespace glance::test
