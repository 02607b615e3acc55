#include "textrules.h"

#include <QList>
#include <QTextBoundaryFinder>

namespace glance::text {

bool isInvisible(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Format;
}

QString withoutInvisibles(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!isInvisible(c)) {
            result.append(c);
        }
    }
    return result;
}

namespace {

// Hangul fillers are letters to Unicode, but print as nothing on their own: a name of fillers
// looks empty.
bool isHangulFiller(char32_t c)
{
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
}

// What a message shows as U+XXXX: characters that print as nothing, or move or break the text.
bool shownAsCodePoint(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format ||
           category == QChar::Separator_Line || category == QChar::Separator_Paragraph ||
           QChar::isSurrogate(c) || isHangulFiller(c);
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool hasControlCharacters(QStringView text)
{
    // Lone surrogates too.
    if (!text.isValidUtf16()) {
        return true;
    }
    // By code point: a tag character (U+E0041) or a musical format character (U+1D173) is two
    // code units whose categories say nothing.
    for (const char32_t c : text.toUcs4()) {
        if (isHangulFiller(c)) {
            return true;
        }
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return true;
        case QChar::Other_Format:
            // Zero-width joiners belong to the spelling of names in several scripts; the other
            // format characters (direction overrides, zero-width spaces, byte-order marks) only
            // hide or disguise text.
            if (c != 0x200C && c != 0x200D) {
                return true;
            }
            break;
        default:
            break;
        }
    }
    return false;
}

QString printable(QStringView text)
{
    QString shown;
    shown.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        shown += shownAsCodePoint(c) ? codePoint(c) : QString::fromUcs4(&c, 1);
    }
    return shown;
}

QString cleaned(QStringView text)
{
    return text.trimmed().toString().normalized(QString::NormalizationForm_C);
}

bool isAsciiLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

qsizetype characterCount(QStringView text)
{
    qsizetype count = 0;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    while (graphemes.toNextBoundary() != -1) {
        ++count;
    }
    return count;
}

bool fitsLength(QStringView text, qsizetype maxCharacters)
{
    return text.size() <= MaxCodeUnitsPerCharacter * maxCharacters &&
           characterCount(text) <= maxCharacters;
}

bool isDnsName(QStringView name)
{
    if (name.isEmpty() || name.size() > 253) {
        return false;
    }
    for (QStringView label : name.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-') {
            return false;
        }
        for (QChar c : label) {
            if (!isAsciiLetterOrDigit(c) && c != u'-') {
                return false;
            }
        }
    }
    return true;
}

QString firstCharacterShown(QStringView text)
{
    if (text.isEmpty()) {
        return {};
    }
    // A space too: "not ' '" would be hard to read.
    const char32_t first = text.toUcs4().constFirst();
    return shownAsCodePoint(first) || QChar::isSpace(first) ? codePoint(first)
                                                            : QString::fromUcs4(&first, 1);
}

} // namespace glance::text
