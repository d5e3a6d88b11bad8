#include "outbox/outboxpanel.h"

#include "cache/cachedatabase.h"
#include "common/messagebox.h"
#include "outbox/outboxmodel.h"
#include "outbox/outboxservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sitedesk {

OutboxPanel::OutboxPanel(OutboxService *outbox, QWidget *parent)
    : QWidget(parent),
      m_outbox(outbox),
      m_view(new QTableView(this)),
      m_detail(new QLabel(this)),
      m_sendNow(new QPushButton(tr("Send &Now"), this)),
      m_retry(new QPushButton(tr("&Try Again"), this)),
      m_keepMine(new QPushButton(tr("&Keep Mine"), this)),
      m_takeTheirs(new QPushButton(tr("Take &Procore's"), this)),
      m_discard(new QPushButton(tr("&Discard…"), this))
{
    setObjectName(QStringLiteral("outboxPanel"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Changes waiting for Procore"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepMine->setToolTip(tr("Send your change over the newer version in Procore"));
    m_takeTheirs->setToolTip(tr("Drop your change and keep the version in Procore"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_sendNow, m_retry, m_keepMine, m_takeTheirs, m_discard})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    auto answer = [this](bool (OutboxService::*call)(qint64)) {
        if (const OutboxEntry *entry = selectedEntry())
            (m_outbox->*call)(entry->id);
    };
    connect(m_sendNow, &QPushButton::clicked, m_outbox, &OutboxService::flush);
    connect(m_retry, &QPushButton::clicked, this, [answer] { answer(&OutboxService::retry); });
    connect(m_keepMine, &QPushButton::clicked, this, [answer] { answer(&OutboxService::keepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [answer] { answer(&OutboxService::takeTheirs); });
    connect(m_discard, &QPushButton::clicked, this, &OutboxPanel::confirmDiscard);
    updateActions();
}

OutboxPanel::~OutboxPanel() = default;

void OutboxPanel::setCache(CacheDatabase *cache)
{
    if (cache == m_cache && m_model)
        return;
    m_cache = cache;
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (m_cache) {
        m_model = new OutboxModel(*m_cache, this);
        m_model->setScope(m_projectId);
        m_view->setModel(m_model);
        m_view->horizontalHeader()->setSectionResizeMode(OutboxModel::Change, QHeaderView::Stretch);
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxPanel::updateActions);
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            updateActions();
            emitCounts();
        });
    }
    updateActions();
    emitCounts();
}

void OutboxPanel::setProjectId(qint64 projectId)
{
    m_projectId = projectId;
    if (m_model)
        m_model->setScope(projectId);
}

QString OutboxPanel::summaryText(int waiting, int needsUser)
{
    // Whole sentences per number: translators get both forms.
    if (needsUser > 0)
        return needsUser == 1 ? tr("1 change needs you") : tr("%1 changes need you").arg(needsUser);
    if (waiting > 0)
        return waiting == 1 ? tr("1 change waiting to be sent") : tr("%1 changes waiting to be sent").arg(waiting);
    return {};
}

const OutboxEntry *OutboxPanel::selectedEntry() const
{
    if (!m_model || !m_view->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
}

void OutboxPanel::updateActions()
{
    const OutboxEntry *entry = selectedEntry();
    const auto state = entry ? entry->state : OutboxEntry::State::Sending;
    m_sendNow->setEnabled(m_model && m_model->rowCount() > 0);
    m_retry->setEnabled(entry && (state == OutboxEntry::State::Rejected || state == OutboxEntry::State::Uncertain));
    m_keepMine->setVisible(state == OutboxEntry::State::Conflict);
    m_takeTheirs->setVisible(state == OutboxEntry::State::Conflict);
    m_discard->setEnabled(entry && state != OutboxEntry::State::Sending);
    updateDetail();
}

void OutboxPanel::updateDetail()
{
    const OutboxEntry *entry = selectedEntry();
    if (!entry) {
        m_detail->setText(m_model && m_model->rowCount() > 0 ? tr("Select a change to see why it waits.")
                                                             : tr("Every change you made has reached Procore."));
        return;
    }
    QStringList lines{entry->error.isEmpty() ? OutboxModel::stateText(entry->state) : entry->error};
    const QString fields = OutboxModel::fieldErrorsText(entry->fieldErrors);
    if (!fields.isEmpty())
        lines << tr("Procore says: %1").arg(fields);
    if (entry->state == OutboxEntry::State::Conflict && entry->serverVersion.contains(QLatin1String("updated_at")))
        lines << tr("Procore's version was changed at %1.").arg(entry->serverVersion.value(QLatin1String("updated_at")).toString());
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void OutboxPanel::confirmDiscard()
{
    const OutboxEntry *entry = selectedEntry();
    if (!entry)
        return;
    const qint64 id = entry->id;
    MessageBox::Question question;
    question.title = tr("Discard Change");
    question.text = tr("Discard \"%1\"?").arg(m_model->data(m_model->index(m_view->currentIndex().row(), OutboxModel::Change)).toString());
    question.informativeText = tr("It has not reached Procore and will be lost.");
    question.confirmText = tr("Discard");
    question.destructive = true;
    MessageBox::ask(this, question, [this, id](MessageBox::Answer answer) {
        if (answer == MessageBox::Answer::Confirm)
            m_outbox->discard(id);
    });
}

void OutboxPanel::emitCounts()
{
    emit countsChanged(m_model ? m_model->rowCount() : 0, m_model ? m_model->needsUserCount() : 0);
}

} // namespace sitedesk
