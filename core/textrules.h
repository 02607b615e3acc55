#pragma once

#include <QString>
#include <QStringView>

// Character rules shared by the values of the core.
namespace glance::text {

// White space and characters that print as nothing (zero-width spaces, byte-order marks,
// direction marks), all of which ride along when agents copy a key from chat or email.
bool isInvisible(QChar c);
QString withoutInvisibles(QStringView text);

// Control characters, line and paragraph separators, invisible format characters but for the
// zero-width joiner and non-joiner, Hangul fillers, and broken UTF-16; checked by code point,
// so outside the Basic Multilingual Plane too.
bool hasControlCharacters(QStringView text);

// text with every control, line-separating and invisible format character written as U+XXXX,
// so that echoing what someone typed cannot move a terminal's cursor or change its colours.
QString printable(QStringView text);

// Surrounding white space removed, composed to Unicode NFC so that one name has one encoding.
QString cleaned(QStringView text);

bool isAsciiLetterOrDigit(QChar c);

// Characters as people count them: grapheme clusters, so that an emoji counts once, a flag or a
// skin-toned emoji too, and a letter with its accents.
qsizetype characterCount(QStringView text);

// A character may take several code units, but not without end: a single cluster of thousands
// of combining marks is no name.
inline constexpr qsizetype MaxCodeUnitsPerCharacter = 8;
// At most maxCharacters characters, and at most MaxCodeUnitsPerCharacter UTF-16 code units each
// on average.
bool fitsLength(QStringView text, qsizetype maxCharacters);

// A DNS-style name: parts of 1 to 63 letters, digits and '-' (not first or last) joined by dots,
// at most 253 characters in all.
bool isDnsName(QStringView name);

// The first code point of text, as a user can read it in a message: itself, or U+XXXX when it
// would not print.
QString firstCharacterShown(QStringView text);

} // namespace glance::text
