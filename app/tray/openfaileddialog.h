#pragma once

#include <QDialog>

class QPushButton;

namespace glance {

// Says that no browser could open a link, shows the link, and copies it on request.
class OpenFailedDialog : public QDialog
{
    Q_OBJECT

public:
    // why: what went wrong, when known ("no browser ... was found").
    explicit OpenFailedDialog(const QString &link, const QString &why = {},
                              QWidget *parent = nullptr);

    QPushButton *copyButton() const { return m_copyButton; }

private:
    QString m_link;
    QPushButton *m_copyButton = nullptr;
};

} // namespace glance
