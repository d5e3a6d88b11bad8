#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace sitedesk {

// Confirmations and notices without nested event loops: a question is a window-modal box
// whose answer arrives in a callback. The seam for tests (like KeePassXC's
// MessageBox::setNextAnswer): setNextAnswer() makes the next ask() answer at once, without
// showing anything, and remembers what was asked.
class MessageBox final
{
public:
    MessageBox() = delete;

    enum class Answer { Cancel, Confirm, Alternative };

    struct Question
    {
        QString title;
        QString text;
        QString informativeText;
        QString confirmText;       // e.g. "Clear Cache"
        QString alternativeText;   // optional third button; empty = none
        bool destructive = false;  // destructive confirmations default to Cancel
    };

    using Callback = std::function<void(Answer)>;

    // Shows the question window-modal on parent; callback runs once when answered (not at
    // all when parent is destroyed first).
    static void ask(QWidget *parent, const Question &question, Callback callback);
    // A non-modal notice (About, keychain problems): returns at once.
    static void notify(QWidget *parent, const QString &title, const QString &text,
                       QMessageBox::Icon icon = QMessageBox::Information);

    // Tests only.
    static void setNextAnswer(Answer answer);
    static std::optional<Question> lastQuestion();
    static void resetForTests();

private:
    static std::optional<Answer> s_nextAnswer;
    static std::optional<Question> s_lastQuestion;
};

} // namespace sitedesk
