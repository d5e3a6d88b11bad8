#pragma once

#include "photos/photo.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace sitedesk {

// Edits what Procore lets a user change on a photo here: its description and its album.
class PhotoEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoEditDialog)

public:
    PhotoEditDialog(const Photo &photo, const QList<Album> &albums, QWidget *parent = nullptr);

    qint64 photoId() const { return m_photoId; }
    QString description() const;
    qint64 albumId() const;
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *albumChooser() const { return m_album; }

private:
    qint64 m_photoId;
    QPlainTextEdit *m_description;
    QComboBox *m_album;
};

} // namespace sitedesk
