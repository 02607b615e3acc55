#pragma once

#include "core/stu.h"
#include "fuzzcheck.h"

#include <QUrl>

namespace glance::fuzz {

// The canonical link of a Stu: printable ASCII without a fragment, which QUrl keeps byte for
// byte (the opener hands the browser toUrl()), and which reads back into the same Stu and the
// same link.
inline void checkCanonicalLink(const Stu &stu)
{
    const QString link = stu.toString();
    for (QChar c : link) {
        FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7F);
    }
    FUZZ_CHECK(!link.contains(u'#'));
    const auto reread = Stu::parse(link);
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(*reread == stu);
    FUZZ_CHECK(reread->toString() == link);
    const QUrl url = stu.toUrl();
    FUZZ_CHECK(url.isValid());
    FUZZ_CHECK(url.toEncoded() == link.toLatin1());
}

} // namespace glance::fuzz
