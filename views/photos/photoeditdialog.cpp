#include "photos/photoeditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sitedesk {

PhotoEditDialog::PhotoEditDialog(const Photo &photo, const QList<Album> &albums, QWidget *parent)
    : QDialog(parent), m_photoId(photo.id), m_description(new QPlainTextEdit(this)), m_album(new QComboBox(this))
{
    setWindowTitle(tr("Edit %1").arg(photo.filename));
    m_description->setPlainText(photo.description);
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));
    for (const Album &album : albums)
        m_album->addItem(album.name, album.id);
    m_album->setCurrentIndex(std::max(0, m_album->findData(photo.albumId)));
    m_album->setAccessibleName(tr("Album"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Album:"), m_album);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString PhotoEditDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

qint64 PhotoEditDialog::albumId() const
{
    return m_album->currentData().toLongLong();
}

} // namespace sitedesk
