#include "drawings/drawingviewer.h"

#include <QAction>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace sitedesk {

namespace {

constexpr double zoomStep = 1.25;
constexpr double minZoom = 0.05;
constexpr double maxZoom = 16.0;

} // namespace

DrawingViewer::DrawingViewer(QWidget *parent)
    : QWidget(parent),
      m_document(new QPdfDocument(this)),
      m_view(new QPdfView(this)),
      m_stack(new QStackedWidget(this)),
      m_progress(new QProgressBar(this)),
      m_message(new QLabel(this)),
      m_heading(new QLabel(this)),
      m_pageLabel(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("drawingPdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::SinglePage);
    setFit(int(QPdfView::ZoomMode::FitInView));
    m_view->viewport()->installEventFilter(this);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_previous = toolbar->addAction(tr("◀ Sheet"), this, &DrawingViewer::previousSheet);
    m_previous->setToolTip(tr("Previous sheet in the log (Alt+Up)"));
    m_next = toolbar->addAction(tr("Sheet ▶"), this, &DrawingViewer::nextSheet);
    m_next->setToolTip(tr("Next sheet in the log (Alt+Down)"));
    toolbar->addSeparator();
    m_previousPage = toolbar->addAction(tr("‹"), this, [this] { goToPage(currentPage() - 1); });
    m_previousPage->setToolTip(tr("Previous page (Page Up)"));
    toolbar->addWidget(m_pageLabel);
    m_nextPage = toolbar->addAction(tr("›"), this, [this] { goToPage(currentPage() + 1); });
    m_nextPage->setToolTip(tr("Next page (Page Down)"));
    toolbar->addSeparator();
    QAction *zoomOut = toolbar->addAction(tr("−"), this, [this] { zoomBy(1 / zoomStep); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Zoom out (Ctrl+−)"));
    QAction *zoomIn = toolbar->addAction(tr("+"), this, [this] { zoomBy(zoomStep); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    QAction *fitWidth = toolbar->addAction(tr("Fit width"), this, [this] { setFit(int(QPdfView::ZoomMode::FitToWidth)); });
    fitWidth->setShortcut(tr("Ctrl+2"));
    QAction *fitPage = toolbar->addAction(tr("Fit page"), this, [this] { setFit(int(QPdfView::ZoomMode::FitInView)); });
    fitPage->setShortcut(tr("Ctrl+0"));
    toolbar->addSeparator();
    m_pin = toolbar->addAction(tr("Keep offline"));
    m_pin->setCheckable(true);
    m_pin->setToolTip(tr("Keep this sheet on this computer, to open it without a network"));
    connect(m_pin, &QAction::triggered, this, &DrawingViewer::pinToggled);
    for (QAction *action : toolbar->actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previousPage->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_nextPage->setShortcut(QKeySequence(Qt::Key_PageDown));
    addActions({m_previousPage, m_nextPage});

    m_heading->setObjectName(QStringLiteral("drawingViewerTitle"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_progress->setObjectName(QStringLiteral("drawingDownloadProgress"));
    m_message->setObjectName(QStringLiteral("drawingViewerMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    auto *waiting = new QWidget(this);
    auto *waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->addStretch();
    waitingLayout->addWidget(m_message);
    waitingLayout->addWidget(m_progress);
    waitingLayout->addStretch();
    m_stack->addWidget(waiting);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(toolbar);
    layout->addWidget(m_stack, 1);

    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &DrawingViewer::updatePageLabel);
    connect(m_document, &QPdfDocument::pageCountChanged, this, &DrawingViewer::updatePageLabel);
    showMessage(tr("Choose a sheet in the log to see it here."));
}

DrawingViewer::~DrawingViewer()
{
    // The document closes as a child after this part of the object is gone: no signals back.
    m_document->disconnect(this);
    m_view->pageNavigator()->disconnect(this);
}

void DrawingViewer::showFile(const QString &path, const QString &title)
{
    m_title = title;
    m_heading->setText(title);
    m_document->close();
    const QPdfDocument::Error error = m_document->load(path);
    if (error != QPdfDocument::Error::None) {
        showMessage(tr("This sheet's file cannot be read (%1). Remove it from this computer and open it again.")
                        .arg(int(error)));
        return;
    }
    setFit(int(QPdfView::ZoomMode::FitInView));
    m_view->pageNavigator()->jump(0, {}, 0);
    m_stack->setCurrentWidget(m_view);
    updatePageLabel();
}

void DrawingViewer::showProgress(const QString &title, qint64 received, qint64 total)
{
    m_title = title;
    m_heading->setText(title);
    m_document->close();
    m_message->setText(tr("Downloading %1 …").arg(title));
    m_progress->setVisible(true);
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(received * 1000 / total));
    m_stack->setCurrentIndex(0);
    updatePageLabel();
}

void DrawingViewer::showMessage(const QString &text)
{
    m_document->close();
    m_message->setText(text);
    m_progress->setVisible(false);
    m_stack->setCurrentIndex(0);
    updatePageLabel();
}

void DrawingViewer::setPinned(bool pinned)
{
    m_pin->setChecked(pinned);
}

void DrawingViewer::setNavigation(bool hasPrevious, bool hasNext)
{
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
}

int DrawingViewer::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

int DrawingViewer::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void DrawingViewer::goToPage(int page)
{
    if (page >= 0 && page < pageCount())
        m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
}

void DrawingViewer::updatePageLabel()
{
    const int pages = pageCount();
    m_pageLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(currentPage() + 1).arg(pages) : QString());
    m_previousPage->setEnabled(pages > 0 && currentPage() > 0);
    m_nextPage->setEnabled(pages > 0 && currentPage() + 1 < pages);
}

void DrawingViewer::zoomBy(double factor)
{
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::clamp(m_view->zoomFactor() * factor, minZoom, maxZoom));
}

void DrawingViewer::setFit(int mode)
{
    // Fitted, a scroll bar that comes and goes changes the room that decides the zoom, which
    // brings it back or takes it away again: QPdfView 6.4 then re-lays out and never paints
    // the page (a blank sheet and a busy window). A fitted page needs no bar across, nor one
    // down unless it is fitted to the width, where the bar stays put.
    const bool toWidth = QPdfView::ZoomMode(mode) == QPdfView::ZoomMode::FitToWidth;
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(toWidth ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    m_view->setZoomMode(QPdfView::ZoomMode(mode));
}

bool DrawingViewer::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+wheel zooms (smoothly, by the wheel's angle); a plain wheel scrolls the sheet.
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            zoomBy(std::pow(zoomStep, wheel->angleDelta().y() / 120.0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sitedesk
