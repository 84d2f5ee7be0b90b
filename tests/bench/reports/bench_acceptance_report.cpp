// Benchmark: the acceptance report (issue 6) of a 200-item run with 50 photos of 4000 x 3000
// (JPEG with noise, so they compress like photos: several MB each) and a two-hour burn-in at 1 s
// (four series in three charts, 7200 points each): building the document (photos decoded and
// scaled to print size by preparePhotos, as the console does on a worker, then the document built
// from them) and writing the PDF, against a baseline measured in the same run: the same
// report without photos and burn-in. Figures: wall-clock seconds and peak RSS (getrusage
// ru_maxrss), with the CPU seconds of all threads beside them (on a loaded shared machine the wall
// clock measures the neighbours too). Goals: < 5 s and < 300 MB.
//
// Every scenario runs in a forked child (before any Qt thread exists in the parent) so each has
// its own peak RSS; the photos are generated once, also in a child, into a temporary directory and
// read through an api::Attachments that opens the file when asked (as the store would).
//
// Usage: bench_acceptance_report [PHOTOS]   (or EC_BENCH_PHOTOS; default 50)

#include "backend/reports/acceptancereport.h"
#include "backend/reports/tests/acceptancesample.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <random>

using namespace edge;

namespace {

constexpr int kItems = 200;
constexpr int kBurnInSeconds = 7200;

class FileAttachments : public api::Attachments {
public:
    explicit FileAttachments(QHash<QString, QString> files)
        : m_files(std::move(files))
    {}
    api::Result<api::BlobInfo> putAttachment(const QByteArray &, const QString &) override
    {
        return api::fail(api::Code::Internal, QStringLiteral("read-only"));
    }
    api::Result<QByteArray> attachment(const QString &sha256) override
    {
        QFile f(m_files.value(sha256));
        if (!f.open(QIODevice::ReadOnly))
            return api::fail(api::Code::NotFound, QStringLiteral("no attachment %1").arg(sha256));
        return f.readAll();
    }

private:
    QHash<QString, QString> m_files;
};

// A 4000 x 3000 photo-like JPEG: gradients, shapes and per-pixel noise (xorshift: fast).
bool writePhoto(const QString &path, unsigned seed)
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    quint32 x32 = 2463534242u ^ (seed * 2654435761u);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            x32 ^= x32 << 13;
            x32 ^= x32 >> 17;
            x32 ^= x32 << 5;
            const int n = int(x32 & 31) - 16;
            const int base = (x / 16 + y / 24 + int(seed) * 29) % 256;
            const int band = ((x + int(seed) * 131) / 500 + y / 400) % 2 ? 40 : 0;
            line[x] = qRgb(std::clamp(base + n, 0, 255),
                           std::clamp(200 - base / 2 + band + n, 0, 255),
                           std::clamp(90 + band + n, 0, 255));
        }
    }
    return image.save(path, "JPEG", 90);
}

double maxRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

// CPU time of the whole process (all threads): on a shared, loaded machine the wall clock measures
// the neighbours too.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Figures {
    double seconds = 0;
    double cpu = 0;
    double buildSeconds = 0;  // of `seconds`: the document built (photos decoded and scaled)
    double photosSeconds = 0; // of `buildSeconds`: preparePhotos (the console's worker step)
    double rssMb = 0;
    double pages = 0;
    double pdfMb = 0;
};

// Runs `work` in a child process and returns what it reported.
template<class Work>
std::optional<Figures> inChild(Work work)
{
    int fds[2];
    if (pipe(fds) != 0)
        return std::nullopt;
    const pid_t pid = fork();
    if (pid < 0)
        return std::nullopt;
    if (pid == 0) {
        close(fds[0]);
        Figures f;
        const bool ok = work(f);
        f.rssMb = maxRssMb();
        if (ok && write(fds[1], &f, sizeof f) != sizeof f)
            _exit(3);
        close(fds[1]);
        _exit(ok ? 0 : 1);
    }
    close(fds[1]);
    Figures f;
    const ssize_t n = read(fds[0], &f, sizeof f);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (n != sizeof f || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return f;
}

bool report(int argc, char **argv, const commissioning::RunData &data,
            api::Attachments *attachments, const QString &pdf, Figures &f)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QElapsedTimer t;
    t.start();
    const double c0 = cpuSeconds();
    reports::AcceptanceReportOptions options;
    options.footerText = QStringLiteral("Seal 3f9a-77c1 / key 0b12-ee90");
    // As the console does it: the photos prepared first (on its worker), then the document built
    // from them (on its GUI thread) and written.
    auto photos = reports::preparePhotos(data, attachments, options.photoMaxPixels);
    if (!photos) {
        std::fprintf(stderr, "photos failed: %s\n", qPrintable(photos.error().message));
        return false;
    }
    f.photosSeconds = double(t.nsecsElapsed()) / 1e9;
    options.preparedPhotos = std::make_shared<const reports::PreparedPhotos>(std::move(*photos));
    auto doc = reports::buildAcceptanceReport(data, nullptr, options);
    if (!doc) {
        std::fprintf(stderr, "build failed: %s\n", qPrintable(doc.error().message));
        return false;
    }
    f.buildSeconds = double(t.nsecsElapsed()) / 1e9;
    auto pages = doc->write(pdf);
    if (!pages) {
        std::fprintf(stderr, "write failed: %s\n", qPrintable(pages.error().message));
        return false;
    }
    f.seconds = double(t.nsecsElapsed()) / 1e9;
    f.cpu = cpuSeconds() - c0;
    f.pages = *pages;
    f.pdfMb = double(QFileInfo(pdf).size()) / (1024.0 * 1024.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int photos = 50;
    if (argc > 1)
        photos = QByteArray(argv[1]).toInt();
    else if (qEnvironmentVariableIsSet("EC_BENCH_PHOTOS"))
        photos = qEnvironmentVariableIntValue("EC_BENCH_PHOTOS");
    if (photos < 0 || photos > kItems) {
        std::fprintf(stderr, "usage: %s [PHOTOS 0..%d]  (or EC_BENCH_PHOTOS)\n", argv[0], kItems);
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    // The photos, once (in a child: the 48 MB canvases do not count towards the figures).
    QElapsedTimer gen;
    gen.start();
    const auto made = inChild([&](Figures &) {
        for (int i = 0; i < photos; ++i)
            if (!writePhoto(dir.filePath(QStringLiteral("photo-%1.jpg").arg(i)), unsigned(i + 1)))
                return false;
        return true;
    });
    if (!made) {
        std::fprintf(stderr, "cannot generate the photos in %s\n", qPrintable(dir.path()));
        return 1;
    }
    QHash<QString, QString> files;
    QStringList shas;
    qint64 photoBytes = 0;
    for (int i = 0; i < photos; ++i) {
        QFile f(dir.filePath(QStringLiteral("photo-%1.jpg").arg(i)));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        photoBytes += f.size();
        const QString sha = QString::fromLatin1(hash.result().toHex());
        files.insert(sha, f.fileName());
        shas << sha;
    }
    std::fprintf(stderr, "bench_acceptance_report: %d photos (%.1f MB) generated in %.1f s\n",
                 photos, double(photoBytes) / (1024.0 * 1024.0), double(gen.elapsed()) / 1000.0);

    test::SampleOptions full;
    full.items = kItems;
    full.photoShas = shas;
    full.burnInSeconds = kBurnInSeconds;
    test::SampleOptions plain;
    plain.items = kItems;
    plain.burnInSeconds = 0;
    const commissioning::RunData fullRun = test::sampleRun(full, nullptr);
    const commissioning::RunData plainRun = test::sampleRun(plain, nullptr);

    const auto baseline = inChild([&](Figures &f) {
        return report(argc, argv, plainRun, nullptr, dir.filePath(QStringLiteral("plain.pdf")), f);
    });
    // The photo decodes alone (what a report with photos cannot avoid), for reference.
    const auto decodes = inChild([&](Figures &f) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuSeconds();
        FileAttachments attachments(files);
        for (const QString &sha : std::as_const(shas)) {
            auto bytes = attachments.attachment(sha);
            if (!bytes)
                return false;
            QImage image;
            if (!image.loadFromData(*bytes, "JPEG"))
                return false;
        }
        f.seconds = double(t.nsecsElapsed()) / 1e9;
        f.cpu = cpuSeconds() - c0;
        return true;
    });
    const auto figure = inChild([&](Figures &f) {
        FileAttachments attachments(files);
        return report(argc, argv, fullRun, &attachments, dir.filePath(QStringLiteral("full.pdf")),
                      f);
    });
    if (!baseline || !decodes || !figure) {
        std::fprintf(stderr, "a scenario failed\n");
        return 1;
    }
    std::fprintf(stderr,
                 "bench_acceptance_report: full %.0f pages, %.1f MB PDF; baseline %.0f pages\n",
                 figure->pages, figure->pdfMb, baseline->pages);
    std::printf("{\"benchmark\": \"acceptance_report_200_items_%d_photos_2h_burnin\", "
                "\"items\": %d, \"photos\": %d, \"burnin_points_per_series\": %d, "
                "\"seconds\": %.3f, \"build_seconds\": %.3f, \"photos_seconds\": %.3f, "
                "\"peak_rss_mb\": %.1f, \"pages\": "
                "%.0f, \"pdf_mb\": %.1f, "
                "\"baseline_seconds\": %.3f, \"baseline_peak_rss_mb\": %.1f, "
                "\"ratio\": %.2f, \"rss_ratio\": %.2f, \"cpu_seconds\": %.3f, "
                "\"baseline_cpu_seconds\": %.3f, \"full_decode_seconds\": %.3f, "
                "\"full_decode_cpu_seconds\": %.3f, "
                "\"goal_seconds\": 5, \"goal_peak_rss_mb\": 300}\n",
                photos, kItems, photos, kBurnInSeconds, figure->seconds, figure->buildSeconds,
                figure->photosSeconds, figure->rssMb, figure->pages, figure->pdfMb,
                baseline->seconds, baseline->rssMb,
                figure->seconds / std::max(1e-9, baseline->seconds),
                figure->rssMb / std::max(1e-9, baseline->rssMb), figure->cpu, baseline->cpu,
                decodes->seconds, decodes->cpu);
    return 0;
}
