#pragma once

#include <QByteArray>

#include <cstddef>

namespace glance::test {

// The bytes of a string literal, NUL bytes inside it included, without the closing NUL: the
// length comes from the literal, never from a count kept by hand.
template <std::size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

} // namespace glance::test
