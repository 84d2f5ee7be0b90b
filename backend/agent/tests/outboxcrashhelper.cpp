// Appends to the outbox at argv[1] forever, printing each sequence number append() returned,
// one per line, flushed. tst_outboxcrash kills it with SIGKILL and checks nothing printed is lost.
#include "backend/agent/outbox.h"

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTBOX_FILE\n", argv[0]);
        return 2;
    }
    auto box = edge::agent::Outbox::open(QString::fromLocal8Bit(argv[1]), 0);
    if (!box) {
        std::fprintf(stderr, "open: %s\n", qPrintable(box.error().toString()));
        return 1;
    }
    const QByteArray payload(200, 'x');
    for (;;) {
        auto seq = (*box)->append(edge::agent::OutboxKind::Event, payload);
        if (!seq) {
            std::fprintf(stderr, "append: %s\n", qPrintable(seq.error().toString()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(*seq));
        std::fflush(stdout);
    }
}
