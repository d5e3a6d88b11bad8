#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QStackedWidget;
class QToolBar;

namespace sitedesk {

// One sheet's PDF, drawn by QtPdf: a toolbar (previous/next sheet, pages, zoom in/out, fit
// width/page, keep offline), the page, and in place of the page while it is not ready a
// download progress bar or the reason it cannot be shown. Ctrl+wheel zooms; pinch zooms on a
// touchpad (QPdfView's own gestures); QPdfView renders at the screen's device pixel ratio.
class DrawingViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingViewer)

public:
    explicit DrawingViewer(QWidget *parent = nullptr);
    ~DrawingViewer() override;

    void showFile(const QString &path, const QString &title);
    void showProgress(const QString &title, qint64 received, qint64 total);
    void showMessage(const QString &text);
    void setPinned(bool pinned);
    void setNavigation(bool hasPrevious, bool hasNext);

    int pageCount() const;
    int currentPage() const;
    QString title() const { return m_title; }
    QPdfView *pdfView() const { return m_view; }
    QPdfDocument *document() const { return m_document; }
    QAction *pinAction() const { return m_pin; }

signals:
    void previousSheet();
    void nextSheet();
    void pinToggled(bool pinned);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void zoomBy(double factor);
    void setFit(int mode);
    void goToPage(int page);
    void updatePageLabel();

    QPdfDocument *m_document;
    QPdfView *m_view;
    QStackedWidget *m_stack;
    QProgressBar *m_progress;
    QLabel *m_message;
    QLabel *m_heading;
    QLabel *m_pageLabel;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_previousPage;
    QAction *m_nextPage;
    QAction *m_pin;
    QString m_title;
};

} // namespace sitedesk
