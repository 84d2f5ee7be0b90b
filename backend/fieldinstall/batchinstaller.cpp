#include "fieldinstaller.h"
#include "fieldinstalltr.h"

#include <QElapsedTimer>

#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

namespace edge::fieldinstall {

struct BatchInstaller::Impl {
    InstallRequest defaults;
    QList<BatchHost> hosts;
    int parallel = 1;
    api::Nodes *nodes = nullptr;
    std::function<void(int, const ProgressEvent &)> progress;
    std::function<bool(int, const HostKeyInfo &)> confirmHostKey;
    std::function<void(int, const InstallResult &)> finished;
    std::atomic_bool cancelled{false};
};

BatchInstaller::BatchInstaller(InstallRequest defaults, QList<BatchHost> hosts, int parallel,
                               api::Nodes *nodes)
    : d(std::make_unique<Impl>())
{
    d->defaults = std::move(defaults);
    d->hosts = std::move(hosts);
    d->parallel = std::clamp(parallel, 1, 64);
    d->nodes = nodes;
}

BatchInstaller::~BatchInstaller() = default;

void BatchInstaller::setProgressCallback(
    std::function<void(int index, const ProgressEvent &)> callback)
{
    d->progress = std::move(callback);
}

void BatchInstaller::setHostKeyCallback(std::function<bool(int index, const HostKeyInfo &)> callback)
{
    d->confirmHostKey = std::move(callback);
}

void BatchInstaller::setFinishedCallback(
    std::function<void(int index, const InstallResult &)> callback)
{
    d->finished = std::move(callback);
}

void BatchInstaller::cancel() { d->cancelled.store(true); }

QList<BatchEntry> BatchInstaller::run()
{
    const int count = int(d->hosts.size());
    std::vector<BatchEntry> entries(size_t(std::max(count, 0)));
    std::atomic_int next{0};
    // known_hosts is one file: accepting keys from several threads must not interleave.
    std::mutex hostKeyMutex;

    auto worker = [&] {
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= count)
                return;
            entries[size_t(i)].host = d->hosts.at(i);
            InstallRequest request = requestFor(d->defaults, d->hosts.at(i));
            if (d->cancelled.load()) {
                InstallResult r;
                r.failedStep = Step::Connect;
                r.error = api::Error{api::Code::Cancelled,
                                     Tr::tr("The install was cancelled."),
                                     QStringLiteral("cancelled before it started"),
                                     {}};
                r.cleanedUp = true;
                for (Step s : allSteps())
                    r.steps.append(
                        StepOutcome{s,
                                    s == Step::Connect ? StepState::Cancelled : StepState::Pending,
                                    {},
                                    0});
                entries[size_t(i)].result = r;
                if (d->finished)
                    d->finished(i, r);
                continue;
            }
            FieldInstaller installer(std::move(request), d->nodes);
            installer.setCancelFlag(&d->cancelled);
            if (d->progress)
                installer.setProgressCallback(
                    [this, i](const ProgressEvent &e) { d->progress(i, e); });
            if (d->confirmHostKey)
                installer.setHostKeyCallback([this, i, &hostKeyMutex](const HostKeyInfo &k) {
                    std::lock_guard lock(hostKeyMutex);
                    return d->confirmHostKey(i, k);
                });
            entries[size_t(i)].result = installer.run();
            if (d->finished)
                d->finished(i, entries[size_t(i)].result);
        }
    };
    const int threads = std::min(d->parallel, count);
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    for (std::thread &t : pool)
        t.join();
    return QList<BatchEntry>(entries.begin(), entries.end());
}

} // namespace edge::fieldinstall
