#include "formencoding.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace glance::form {

namespace {

// Bytes that stay as they are: letters, digits and - . _ ~ @ ( ) / :
constexpr std::array<bool, 256> keptBytes = [] {
    std::array<bool, 256> kept{};
    for (const char c : std::string_view("-._~@()/:")) {
        kept[static_cast<unsigned char>(c)] = true;
    }
    for (int c = 0; c < 256; ++c) {
        kept[c] =
            kept[c] || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return kept;
}();

// A UTF-16 unit becomes at most three bytes of UTF-8, each at most three characters.
constexpr qsizetype MaxEncodedPerUnit = 9;

char16_t *writeEncodedByte(char16_t *to, unsigned char byte)
{
    static constexpr char16_t hexDigits[] = u"0123456789ABCDEF";
    if (keptBytes[byte]) {
        *to++ = byte;
    } else if (byte == ' ') {
        *to++ = u'+';
    } else {
        *to++ = u'%';
        *to++ = hexDigits[byte >> 4];
        *to++ = hexDigits[byte & 0x0F];
    }
    return to;
}

char16_t *writeEncodedUtf8(char16_t *to, QStringView value)
{
    for (const char byte : value.toUtf8()) {
        to = writeEncodedByte(to, static_cast<unsigned char>(byte));
    }
    return to;
}

// Writes value encoded at to, which has room for MaxEncodedPerUnit characters per unit, and
// returns the end. A UTF-16 unit below 0x80 is its own UTF-8 byte; a value with any other goes
// through UTF-8.
char16_t *writeEncoded(char16_t *const to, QStringView value)
{
    char16_t *end = to;
    for (const char16_t *from = value.utf16(), *last = from + value.size(); from != last; ++from) {
        const char16_t unit = *from;
        if (unit >= 0x80) {
            return writeEncodedUtf8(to, value);
        }
        if (keptBytes[unit]) {
            *end++ = unit;
        } else {
            end = writeEncodedByte(end, static_cast<unsigned char>(unit));
        }
    }
    return end;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

} // namespace

QByteArray encode(QStringView value)
{
    QString encoded(MaxEncodedPerUnit * value.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(encoded.data());
    encoded.truncate(writeEncoded(begin, value) - begin);
    return encoded.toLatin1();
}

QString decode(QByteArrayView encoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '+') {
            bytes.append(' ');
            continue;
        }
        if (c == '%' && i + 2 < encoded.size() && hexValue(encoded.at(i + 1)) >= 0 &&
            hexValue(encoded.at(i + 2)) >= 0) {
            bytes.append(char(hexValue(encoded.at(i + 1)) * 16 + hexValue(encoded.at(i + 2))));
            i += 2;
            continue;
        }
        bytes.append(c);
    }
    return QString::fromUtf8(bytes);
}

QList<QueryItem> parseQuery(QByteArrayView query)
{
    QList<QueryItem> items;
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0) {
            end = query.size();
        }
        const QByteArrayView part = query.sliced(start, end - start);
        start = end + 1;
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype equals = part.indexOf('=');
        if (equals < 0) {
            items.append({decode(part), QString()});
        } else {
            items.append({decode(part.first(equals)), decode(part.sliced(equals + 1))});
        }
    }
    return items;
}

QString LinkWriter::link(QStringView origin, QStringView path) const
{
    // Written on the stack, with room for the longest encoding; the string is then made at its
    // size, in one allocation.
    const auto *const pairs = m_pairs.data();
    qsizetype room = origin.size() + path.size();
    for (int i = 0; i < m_count; ++i) {
        room += 2 + pairs[i].first.size() + MaxEncodedPerUnit * pairs[i].second.size();
    }
    QVarLengthArray<char16_t, 1024> buffer(room);
    char16_t *const begin = buffer.data();
    char16_t *to = std::copy(origin.utf16(), origin.utf16() + origin.size(), begin);
    to = std::copy(path.utf16(), path.utf16() + path.size(), to);
    for (int i = 0; i < m_count; ++i) {
        const auto &[name, value] = pairs[i];
        *to++ = i == 0 ? u'?' : u'&';
        // Names are the project's own, made of characters that stay as they are.
        Q_ASSERT(std::all_of(name.begin(), name.end(),
                             [](QChar c) { return c.unicode() < 0x80 && keptBytes[c.unicode()]; }));
        for (const QChar unit : name) {
            *to++ = unit.unicode();
        }
        *to++ = u'=';
        to = writeEncoded(to, value);
    }
    return QString(reinterpret_cast<const QChar *>(begin), to - begin);
}

} // namespace glance::form
