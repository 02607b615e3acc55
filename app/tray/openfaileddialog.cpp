#include "openfaileddialog.h"

#include "plaintext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace glance {

OpenFailedDialog::OpenFailedDialog(const QString &link, const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_link(link)
{
    setWindowTitle(tr("Could not open the link"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *message = plainLabel(this);
    message->setText(why.isEmpty() ? tr("No browser could be started for this link. Copy it and "
                                        "paste it into your browser:")
                                   : tr("No browser could be started for this link (%1). Copy "
                                        "it and paste it into your browser:")
                                         .arg(why));
    message->setWordWrap(true);
    auto *linkField = new QLineEdit(link, this);
    linkField->setReadOnly(true);
    linkField->setAccessibleName(tr("Link"));
    linkField->setMinimumWidth(420);
    message->setBuddy(linkField);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyButton = buttons->addButton(tr("&Copy link"), QDialogButtonBox::ActionRole);
    m_copyButton->setDefault(true);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link);
        m_copyButton->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(linkField);
    layout->addWidget(buttons);
}

} // namespace glance
