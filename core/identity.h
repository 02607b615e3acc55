#pragma once

#include "result.h"

#include <QExplicitlySharedDataPointer>
#include <QString>

namespace glance {

// Who the agent is, as the customer sees it when the session starts. Each part may be empty.
class Identity
{
public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxEmailLength = 254;
    static constexpr int MaxPhoneLength = 32;

    Identity() = default;
    static Result<Identity> parse(QStringView name, QStringView email, QStringView phone);

    static Result<QString> parseName(QStringView typed);
    static Result<QString> parseEmail(QStringView typed);
    static Result<QString> parsePhone(QStringView typed);

    const QString &name() const { return d ? d->name : noText(); }
    const QString &email() const { return d ? d->email : noText(); }
    const QString &phone() const { return d ? d->phone : noText(); }
    // parse() makes the shared part only for an identity with something in it.
    bool isEmpty() const { return !d; }

    friend bool operator==(const Identity &a, const Identity &b)
    {
        return a.name() == b.name() && a.email() == b.email() && a.phone() == b.phone();
    }
    friend bool operator!=(const Identity &a, const Identity &b) { return !(a == b); }

private:
    // Shared, as Qt's own values are: copied with every link that is made, and never changed.
    struct Data : QSharedData
    {
        QString name;
        QString email;
        QString phone;
    };
    static const QString &noText();

    QExplicitlySharedDataPointer<Data> d;
};

} // namespace glance
