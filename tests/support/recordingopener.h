#pragma once

#include "app/tray/urlopener.h"

#include <QStringList>

namespace glance::test {

// Stands in for the browser: remembers every link, exactly as it would be handed on.
class RecordingOpener : public UrlOpener
{
public:
    explicit RecordingOpener(QStringList *links, bool succeed = true)
        : m_links(links)
        , m_succeed(succeed)
    {}
    bool open(const QUrl &link) override
    {
        m_links->append(QString::fromLatin1(link.toEncoded()));
        return m_succeed;
    }

    // As a desktop opener that finds no browser after open() returned.
    void failLater(const QUrl &link, const QString &why) const { reportLaterFailure(link, why); }

private:
    QStringList *m_links;
    bool m_succeed;
};

} // namespace glance::test
