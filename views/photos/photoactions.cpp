#include "photos/photoactions.h"

#include "common/messagebox.h"
#include "common/noticebar.h"
#include "photos/photoeditdialog.h"
#include "photos/photoeditor.h"
#include "photos/photosmodel.h"

#include <QAction>
#include <QListView>

namespace sitedesk {

PhotoActions::PhotoActions(QListView *grid, PhotosModel *photos, NoticeBar *notice, QObject *parent)
    : QObject(parent),
      m_grid(grid),
      m_photos(photos),
      m_notice(notice),
      m_edit(new QAction(tr("&Edit…"), this)),
      m_delete(new QAction(tr("&Delete…"), this))
{
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setToolTip(tr("Change the description or album of the photo"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected photos from Procore"));
    for (QAction *action : {m_edit, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        grid->addAction(action);
    }
    grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_edit, &QAction::triggered, this, &PhotoActions::editCurrent);
    connect(m_delete, &QAction::triggered, this, &PhotoActions::deleteSelected);
    connect(grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PhotoActions::updateEnabled);
    connect(grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &PhotoActions::updateEnabled);
    updateEnabled();
}

void PhotoActions::setEditor(PhotoEditor *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (editor) {
        connect(editor, &PhotoEditor::removed, this, [this] { ++m_deleted; });
        connect(editor, &PhotoEditor::failed, this, [this](const QString &message) { m_notice->showNotice(NoticeBar::Kind::Error, message); });
        connect(editor, &PhotoEditor::removalFinished, this, [this] {
            if (m_deleted > 0 && m_notice->kind() != NoticeBar::Kind::Error)
                m_notice->showNotice(NoticeBar::Kind::Information, tr("%n photo(s) deleted from Procore.", nullptr, m_deleted));
            updateEnabled();
        });
    }
    updateEnabled();
}

void PhotoActions::updateEnabled()
{
    const bool editable = !m_editor.isNull();
    m_edit->setEnabled(editable && m_grid->currentIndex().isValid());
    m_delete->setEnabled(editable && m_grid->selectionModel()->hasSelection() && !m_editor->isRemoving());
}

QList<qint64> PhotoActions::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
        ids << index.data(PhotosModel::IdRole).toLongLong();
    return ids;
}

PhotoEditDialog *PhotoActions::editCurrent()
{
    const auto photo = m_photos->photo(m_grid->currentIndex().data(PhotosModel::IdRole).toLongLong());
    if (!m_editor || !photo)
        return nullptr;
    auto *dialog = new PhotoEditDialog(*photo, m_photos->albums(), m_grid->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyEdit(dialog->photoId(), dialog->description(), dialog->albumId()); });
    dialog->open();   // window-modal, no nested event loop
    return dialog;
}

void PhotoActions::applyEdit(qint64 photoId, const QString &description, qint64 albumId)
{
    const auto photo = m_photos->photo(photoId);
    if (!m_editor || !photo)
        return;
    QString error;
    const qint64 change = m_editor->edit(*photo, description, albumId, &error);
    if (change == 0 && !error.isEmpty())
        m_notice->showNotice(NoticeBar::Kind::Error, tr("%1 was not changed: %2").arg(photo->filename, error));
    else if (change != 0 && !m_editor->isOnline())
        m_notice->showNotice(NoticeBar::Kind::Information,
                             tr("Your change to %1 is kept and will reach Procore when Sitedesk is back online (View ▸ Outbox).").arg(photo->filename));
}

void PhotoActions::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_editor || ids.isEmpty())
        return;
    QString why;
    if (!m_editor->canRemove(&why))
        return m_notice->showNotice(NoticeBar::Kind::Warning, why);
    MessageBox::Question question;
    question.title = tr("Delete photos");
    question.text = tr("Delete %n photo(s) from Procore?", nullptr, int(ids.size()));
    question.informativeText = tr("They are removed for everyone on the project. This cannot be undone.");
    question.confirmText = tr("Delete");
    question.destructive = true;
    MessageBox::ask(m_grid, question, [this, ids](MessageBox::Answer answer) {
        if (answer != MessageBox::Answer::Confirm || !m_editor)
            return;
        QList<Photo> photos;
        for (qint64 id : ids)
            if (const auto photo = m_photos->photo(id))
                photos << *photo;
        m_deleted = 0;
        m_notice->hide();
        QString error;
        if (!m_editor->remove(photos, &error))
            m_notice->showNotice(NoticeBar::Kind::Warning, error);
        updateEnabled();
    });
}

} // namespace sitedesk
