#include "common/messagebox.h"

#include <QPushButton>
#include <QWidget>

namespace sitedesk {

std::optional<MessageBox::Answer> MessageBox::s_nextAnswer;
std::optional<MessageBox::Question> MessageBox::s_lastQuestion;

void MessageBox::ask(QWidget *parent, const Question &question, Callback callback)
{
    s_lastQuestion = question;
    if (s_nextAnswer) {
        const Answer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        callback(answer);
        return;
    }

    auto *box = new QMessageBox(QMessageBox::Question, question.title, question.text,
                                QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(question.informativeText);
    QPushButton *confirm = box->addButton(question.confirmText, QMessageBox::AcceptRole);
    QPushButton *alternative = nullptr;
    if (!question.alternativeText.isEmpty())
        alternative = box->addButton(question.alternativeText, QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(question.destructive ? cancel : confirm);
    box->setEscapeButton(cancel);

    QObject::connect(box, &QMessageBox::finished, box, [box, confirm, alternative, callback] {
        const QAbstractButton *clicked = box->clickedButton();
        Answer answer = Answer::Cancel;
        if (clicked == confirm)
            answer = Answer::Confirm;
        else if (alternative && clicked == alternative)
            answer = Answer::Alternative;
        callback(answer);
    });
    box->open();
}

void MessageBox::notify(QWidget *parent, const QString &title, const QString &text,
                        QMessageBox::Icon icon)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

std::optional<MessageBox::Question> MessageBox::lastQuestion()
{
    return s_lastQuestion;
}

void MessageBox::resetForTests()
{
    s_nextAnswer.reset();
    s_lastQuestion.reset();
}

} // namespace sitedesk
