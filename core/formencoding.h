#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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

// Writes name=value pairs in the order they are added.
class QueryWriter
{
public:
    void add(QStringView name, QStringView value);
    const QByteArray &query() const { return m_query; }
    bool isEmpty() const { return m_query.isEmpty(); }

private:
    QByteArray m_query;
};

} // namespace glance::form
