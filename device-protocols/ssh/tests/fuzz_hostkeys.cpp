// Fuzz driver for the pure host-key parsers: runs them over a few seeds and random mutations.
// Without libFuzzer this is a plain program: fuzz_ssh_hostkeys [iterations] [seed].
#include "device-protocols/ssh/hostkeys.h"

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace edge::ssh;

static void runOne(const QByteArray &data)
{
    (void)hostkeys::parseSha256Fingerprint(QString::fromLatin1(data));
    (void)hostkeys::knownHostsLines(data, QStringLiteral("127.0.0.1"), 2222);
    (void)hostkeys::knownHostsLines(data, QStringLiteral("host"), 22);
}

int main(int argc, char **argv)
{
    const long iterations = argc > 1 ? std::atol(argv[1]) : 20000;
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::atol(argv[2])) : 1u;
    const QList<QByteArray> seeds = {
        "SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0",
        "[127.0.0.1]:2222 ssh-ed25519 AAAA\nhost,other ssh-rsa AAAA\n# c\n@revoked x y z\n",
        "|1|MDEyMzQ1Njc4OWFiY2RlZmdoaWo=|AAAAAAAAAAAAAAAAAAAAAAAAAAA= ssh-ed25519 AAAA\n",
    };
    std::mt19937 rng(seed);
    for (const QByteArray &s : seeds)
        runOne(s);
    for (long i = 0; i < iterations; ++i) {
        QByteArray data = seeds[static_cast<qsizetype>(rng() % seeds.size())];
        const int edits = 1 + static_cast<int>(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const unsigned op = rng() % 3;
            const qsizetype pos = data.isEmpty() ? 0 : static_cast<qsizetype>(rng() % data.size());
            if (op == 0 && !data.isEmpty())
                data[pos] = static_cast<char>(rng() & 0xff);
            else if (op == 1)
                data.insert(pos, static_cast<char>(rng() & 0xff));
            else if (!data.isEmpty())
                data.remove(pos, 1);
        }
        runOne(data);
    }
    std::printf("fuzz_ssh_hostkeys: %ld iterations ok\n", iterations);
    return 0;
}
