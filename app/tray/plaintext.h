#pragma once

#include <QLabel>
#include <QString>

namespace glance {

// Qt renders label and tooltip text as HTML when it looks like HTML. Text that holds what a
// user typed or a file said must never render as markup: a name such as
// "<h1>Glance Admin</h1>" would otherwise disguise what the link carries.
inline QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString()
                          : QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace glance
