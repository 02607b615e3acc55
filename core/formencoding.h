#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <utility>

// The one query encoding of every link this project writes, and the reading a Glance server
// (ASP.NET) applies to it: the query is split on '&', then on the first '=', and each part is
// form-decoded, so '+' is a space and %XX a byte of UTF-8.
namespace glance::form {

// UTF-8; a space becomes '+'; letters, digits and - . _ ~ @ ( ) / : stay; every other byte
// becomes %XX in upper-case hex. No value can therefore end, split or add a parameter.
QByteArray encode(QStringView value);

// '+' becomes a space and %XX a byte; a '%' not followed by two hex digits stays as it is.
QString decode(QByteArrayView encoded);

using QueryItem = std::pair<QString, QString>;

// Splits a query (without its '?') the way the server does and decodes each name and value.
QList<QueryItem> parseQuery(QByteArrayView query);

// Writes a link: an origin and path, then name=value pairs in the order they were added, with
// '?' before the first and '&' between the others. Names are written as they are, so only the
// project's parameter names may be given, never typed text; values are encoded. Links are built
// often, so the pairs are only collected, as views that must stay valid until link(), which
// writes into one allocation.
class LinkWriter
{
public:
    static constexpr int MaxPairs = 8;

    void add(QStringView name, QStringView value)
    {
        Q_ASSERT(m_count < MaxPairs);
        m_pairs[m_count++] = {name, value};
    }
    QString link(QStringView origin, QStringView path) const;

private:
    std::array<std::pair<QStringView, QStringView>, MaxPairs> m_pairs;
    int m_count = 0;
};

} // namespace glance::form
