// Fuzz driver for the hosts CSV parser of the batch install: seeds and random mutations.
// Without libFuzzer this is a plain program: fuzz_fieldinstall_hostscsv [iterations] [seed].
#include "backend/fieldinstall/fieldinstaller.h"

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace edge::fieldinstall;

static void runOne(const QByteArray &data)
{
    auto r = parseHostsCsv(data);
    if (r) {
        // Every accepted row must make a request without crashing.
        InstallRequest defaults;
        for (const BatchHost &h : *r)
            (void)requestFor(defaults, h).validate();
    } else if (r.error().field.isEmpty()) {
        std::fprintf(stderr, "parse error without line:column\n");
        std::abort();
    }
}

int main(int argc, char **argv)
{
    const long iterations = argc > 1 ? std::atol(argv[1]) : 20000;
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::atol(argv[2])) : 1u;
    const QList<QByteArray> seeds = {
        "host,port,user,name,prefix\n10.0.0.1,22,root,node-1,/opt/a\n10.0.0.2,,admin,,\n",
        "\xEF\xBB\xBF# sites\nHOST,Site,key,hub,password-env\n\"n1.example\",\"Berlin \"\"A\"\"\","
        "/k,hub:7443,PW\r\n\n",
        "host\n[::1]\n127.0.0.1\n",
        "host,port\n\"unterminated,22\nx,99999\n",
    };
    std::mt19937 rng(seed);
    for (const QByteArray &s : seeds)
        runOne(s);
    const char alphabet[] = ",\"\n\r#: /-_.0123456789abchostport";
    for (long i = 0; i < iterations; ++i) {
        QByteArray data = seeds[static_cast<qsizetype>(rng() % seeds.size())];
        const int edits = 1 + static_cast<int>(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const unsigned op = rng() % 4;
            const qsizetype pos = data.isEmpty() ? 0 : static_cast<qsizetype>(rng() % data.size());
            const char c = (rng() % 2) ? static_cast<char>(rng() & 0xff)
                                       : alphabet[rng() % (sizeof alphabet - 1)];
            if (op == 0 && !data.isEmpty())
                data[pos] = c;
            else if (op == 1)
                data.insert(pos, c);
            else if (op == 2 && !data.isEmpty())
                data.remove(pos, 1);
            else if (!data.isEmpty())
                data.insert(pos, data.mid(pos, static_cast<qsizetype>(rng() % 16)));
        }
        runOne(data);
    }
    std::printf("fuzz_fieldinstall_hostscsv: %ld iterations ok\n", iterations);
    return 0;
}
