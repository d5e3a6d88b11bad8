#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QListView;

namespace sitedesk {

class NoticeBar;
class PhotoEditDialog;
class PhotoEditor;
class PhotosModel;

// Edit… (F2) and Delete (Del) for the photo grid, on its context menu and keyboard:
// an edit goes to the outbox (so it works offline and waits); a delete asks first, works only
// online, and says so when offline. Results and failures go to the tab's notice bar.
class PhotoActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoActions)

public:
    PhotoActions(QListView *grid, PhotosModel *photos, NoticeBar *notice, QObject *parent = nullptr);

    void setEditor(PhotoEditor *editor);
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

    // The grid's current photo in a dialog; Save sends the change. Returns the dialog (tests).
    PhotoEditDialog *editCurrent();
    // Sends an edit of one photo (what the dialog's Save does).
    void applyEdit(qint64 photoId, const QString &description, qint64 albumId);
    // Asks, then deletes the selected photos from Procore.
    void deleteSelected();

private:
    QList<qint64> selectedIds() const;
    void updateEnabled();

    QListView *m_grid;
    PhotosModel *m_photos;
    NoticeBar *m_notice;
    QPointer<PhotoEditor> m_editor;
    QAction *m_edit;
    QAction *m_delete;
    int m_deleted = 0;
};

} // namespace sitedesk
