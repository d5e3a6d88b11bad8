#include "outbox/outboxindicator.h"

#include "cache/cachedatabase.h"
#include "main/mainwindow.h"
#include "outbox/outboxpanel.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QToolButton>

namespace sitedesk {

OutboxPanel *installOutbox(MainWindow *window, OutboxService *outbox)
{
    auto *panel = new OutboxPanel(outbox);
    QDockWidget *dock = window->addDockPanel(panel, OutboxPanel::tr("Outbox"), QStringLiteral("outbox"),
                                             QKeySequence(OutboxPanel::tr("Ctrl+Shift+O")));
    auto *button = new QToolButton(window);
    button->setObjectName(QStringLiteral("outboxButton"));
    button->setAutoRaise(true);
    button->setToolTip(OutboxPanel::tr("Show the changes waiting for Procore (Ctrl+Shift+O)"));
    button->hide();
    window->statusBar()->insertPermanentWidget(0, button);

    QObject::connect(button, &QToolButton::clicked, dock, [dock] {
        dock->show();
        dock->raise();
    });
    QObject::connect(panel, &OutboxPanel::countsChanged, button, [button](int waiting, int needsUser) {
        const QString text = OutboxPanel::summaryText(waiting, needsUser);
        button->setText(text);
        button->setVisible(!text.isEmpty());
        button->setStyleSheet(needsUser > 0 ? QStringLiteral("QToolButton { color: palette(highlighted-text); background: #b3261e; border-radius: 3px; padding: 0 6px; }")
                                            : QString());
    });
    const auto follow = [window, panel] {
        panel->setProjectId(window->projectId());
        panel->setCache(window->cache());
    };
    QObject::connect(window, &MainWindow::cacheChanged, panel, follow);
    QObject::connect(window, &MainWindow::projectChanged, panel, follow);
    follow();
    return panel;
}

} // namespace sitedesk
