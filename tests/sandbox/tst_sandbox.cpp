#include <QTest>
class TstSandbox : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TstSandbox)
#include "tst_sandbox.moc"
