#include "formencoding.h"

namespace glance::form {

namespace {

bool staysAsIs(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '@' || c == '(' || c == ')' || c == '/' ||
           c == ':';
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
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QByteArray encoded;
    encoded.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (staysAsIs(c)) {
            encoded.append(c);
        } else if (c == ' ') {
            encoded.append('+');
        } else {
            const auto byte = static_cast<unsigned char>(c);
            encoded.append('%');
            encoded.append(hexDigits[byte >> 4]);
            encoded.append(hexDigits[byte & 0x0F]);
        }
    }
    return encoded;
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

void QueryWriter::add(QStringView name, QStringView value)
{
    if (!m_query.isEmpty()) {
        m_query.append('&');
    }
    m_query.append(encode(name));
    m_query.append('=');
    m_query.append(encode(value));
}

} // namespace glance::form
