#pragma once

// A commissioning run built by hand (template, run, records and progress as plain structs, no
// parser and no store) for the acceptance report's test and benchmark, and an in-memory
// api::Attachments.
#include "backend/api/syncstore.h"
#include "backend/commissioning/commissioningstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>

namespace edge::test {

class MemoryAttachments : public api::Attachments {
public:
    api::Result<api::BlobInfo> putAttachment(const QByteArray &content,
                                             const QString &mediaType) override
    {
        api::BlobInfo info;
        info.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        info.size = content.size();
        info.mediaType = mediaType;
        m_blobs.insert(info.sha256, content);
        return info;
    }
    api::Result<QByteArray> attachment(const QString &sha256) override
    {
        const auto it = m_blobs.constFind(sha256);
        if (it == m_blobs.cend())
            return api::fail(api::Code::NotFound, QStringLiteral("no attachment %1").arg(sha256));
        return *it;
    }

private:
    QHash<QString, QByteArray> m_blobs;
};

// A JPEG of `width` x `height` with noise (so it compresses like a photo) and a few shapes.
inline QByteArray noisyJpeg(int width, int height, unsigned seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> noise(-24, 24);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int base = (x * 255 / width + y * 128 / height + int(seed) * 37) % 256;
            const int n = noise(rng);
            line[x] = qRgb(std::clamp(base + n, 0, 255), std::clamp(255 - base + n, 0, 255),
                           std::clamp(base / 2 + 64 + n, 0, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

inline QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct SampleOptions {
    int items = 8;              // spread over 4 sections
    QList<QByteArray> photos;   // JPEG bytes, attached to the first items (one each)
    QStringList photoShas;      // or attachments already stored (sha256), used when no photos
    int burnInSeconds = 600;    // per series, at 1 s
    bool signatureImage = true; // the engineer signed on screen; the customer signs in ink
    double voltage = 231.4;     // the measured input voltage (item 0)
};

inline constexpr qint64 kSampleStartMs = 1'795'000'000'000;

// Item 0: a measurement with unit and pass range (power.input-voltage); item 1: skipped with a
// reason; item 2: failed; item 3: automatic with raw readings; item 4: guided test; the rest pass.
inline commissioning::RunData sampleRun(const SampleOptions &o, api::Attachments *attachments)
{
    commissioning::RunData data;
    api::CommissioningTemplate &t = data.tmpl;
    t.templateId = QStringLiteral("all-in-one-cabinet");
    t.version = 1;
    t.title = QStringLiteral("All-in-one cabinet");
    t.titleZh = QStringLiteral("一体化机柜");
    t.basis = QStringLiteral("white paper 1.1.2");
    const QStringList sectionIds{QStringLiteral("power"), QStringLiteral("physical"),
                                 QStringLiteral("environment"), QStringLiteral("network")};
    const QStringList sectionTitles{QStringLiteral("Power supply"), QStringLiteral("Physical"),
                                    QStringLiteral("Environment"), QStringLiteral("Network")};
    const QStringList sectionZh{QStringLiteral("供配电"), QStringLiteral("机柜结构"),
                                QStringLiteral("环境监控"), QStringLiteral("网络")};
    for (int s = 0; s < sectionIds.size(); ++s) {
        api::TemplateSection section;
        section.id = sectionIds.at(s);
        section.title = sectionTitles.at(s);
        section.titleZh = sectionZh.at(s);
        t.sections << section;
    }
    for (int i = 0; i < o.items; ++i) {
        api::TemplateItem item;
        const int s = i % 4;
        item.id = QStringLiteral("%1.item-%2").arg(sectionIds.at(s)).arg(i);
        item.title = QStringLiteral("Check number %1").arg(i);
        item.titleZh = QStringLiteral("检查项 %1").arg(i);
        if (i == 0) {
            item.id = QStringLiteral("power.input-voltage");
            item.title = QStringLiteral("Input voltage");
            item.titleZh = QStringLiteral("输入电压");
            item.unit = QStringLiteral("V");
            item.min = 198;
            item.max = 242;
            item.evidence = {api::EvidenceKind::Measurement};
        } else if (i == 3) {
            item.mode = api::CheckMode::Automatic;
            item.check = QStringLiteral("ups.status");
        } else if (i == 4) {
            item.mode = api::CheckMode::Automatic;
            item.check = QStringLiteral("door.open");
        }
        t.sections[s].items << item;
    }

    api::CommissioningRun &run = data.run;
    run.id = QStringLiteral("0b9f3a52-run");
    run.revision = 17;
    run.cabinetId = QStringLiteral("cab-1");
    run.name = QStringLiteral("Acceptance 2026-11-18 r2");
    run.templateName = QStringLiteral("all-in-one-cabinet v1");
    run.templateJson = QStringLiteral("{\"format\":\"edgeconsole-commissioning-template\","
                                      "\"template_id\":\"all-in-one-cabinet\",\"version\":1}");
    run.status = api::RunStatus::Finished;
    run.engineer = QStringLiteral("Li Wei");
    run.customer = QStringLiteral("Harbour Logistics");
    run.startedAtMs = kSampleStartMs;
    run.finishedAtMs = kSampleStartMs + 3 * 3600'000;
    run.runRevision = 2;
    run.revisionOf = QStringLiteral("run-first");
    api::CommissioningRun old;
    old.id = run.revisionOf;
    old.name = QStringLiteral("Acceptance 2026-11-17");
    old.runRevision = 1;
    old.finishedAtMs = kSampleStartMs - 86'400'000;
    data.supersedes = old;

    api::Cabinet cabinet;
    cabinet.id = run.cabinetId;
    cabinet.name = QStringLiteral("Cabinet Harbour-A1");
    cabinet.model = QStringLiteral("EC-42AIO");
    cabinet.serial = QStringLiteral("SN-CAB-778812");
    data.cabinet = cabinet;
    api::Site site;
    site.name = QStringLiteral("Harbour 3");
    site.address = QStringLiteral("12 Quay Road");
    data.site = site;
    api::Device ups;
    ups.name = QStringLiteral("ups-1");
    ups.kind = api::DeviceKind::Ups;
    ups.model = QStringLiteral("UPS-3000");
    ups.serial = QStringLiteral("SN-UPS-4411");
    ups.address = QStringLiteral("127.0.0.1:1161");
    data.devices << ups;
    api::Node node;
    node.name = QStringLiteral("edge-01");
    node.hardware.vendor = QStringLiteral("Acme");
    node.hardware.model = QStringLiteral("E100");
    node.hardware.serial = QStringLiteral("SN-NODE-9001");
    data.nodes << node;

    qint64 clock = kSampleStartMs + 60'000;
    int counter = 0;
    const auto add = [&](const QString &itemId, api::RecordKind kind, const QJsonObject &payload,
                         const QString &kindName) {
        api::CommissioningRecord r;
        r.id = QStringLiteral("rec-%1").arg(++counter);
        r.revision = 100 + counter;
        r.runId = run.id;
        r.itemId = itemId;
        r.kind = kind;
        r.name = QStringLiteral("%1 %2 %3")
                     .arg(itemId.isEmpty() ? QStringLiteral("run") : itemId, kindName)
                     .arg(counter);
        r.author = run.engineer;
        r.takenAtMs = (clock += 1000);
        r.payload = json(payload);
        data.records << r;
    };

    api::RunProgress &p = data.progress;
    int photo = 0;
    for (const api::TemplateSection &section : std::as_const(t.sections)) {
        api::SectionProgress sp;
        sp.sectionId = section.id;
        for (const api::TemplateItem &item : section.items) {
            const int index = item.title.section(QLatin1Char(' '), -1).toInt();
            api::ItemProgress ip;
            ip.itemId = item.id;
            ++sp.total;
            QString sha;
            if (photo < o.photos.size() && attachments) {
                auto info = attachments->putAttachment(o.photos.at(photo),
                                                       QStringLiteral("image/jpeg"));
                if (info)
                    sha = info->sha256;
            } else if (photo < o.photoShas.size()) {
                sha = o.photoShas.at(photo);
            }
            ++photo;
            if (!sha.isEmpty())
                add(item.id, api::RecordKind::Evidence,
                    {{QStringLiteral("type"), QStringLiteral("photo")},
                     {QStringLiteral("attachment"), sha},
                     {QStringLiteral("media_type"), QStringLiteral("image/jpeg")}},
                    QStringLiteral("evidence"));
            if (item.id == u"power.input-voltage") {
                add(item.id, api::RecordKind::Evidence,
                    {{QStringLiteral("type"), QStringLiteral("measurement")},
                     {QStringLiteral("value"), o.voltage},
                     {QStringLiteral("unit"), QStringLiteral("V")}},
                    QStringLiteral("evidence"));
                add(item.id, api::RecordKind::Result,
                    {{QStringLiteral("outcome"), QStringLiteral("pass")},
                     {QStringLiteral("value"), o.voltage},
                     {QStringLiteral("unit"), QStringLiteral("V")},
                     {QStringLiteral("automatic"), false}},
                    QStringLiteral("result"));
                ip.state = api::ItemState::Passed;
            } else if (index == 1) {
                add(item.id, api::RecordKind::Skip,
                    {{QStringLiteral("reason"),
                      QStringLiteral("Fire panel not installed by the customer yet")}},
                    QStringLiteral("skip"));
                ip.state = api::ItemState::Skipped;
                ip.skipReason = QStringLiteral("Fire panel not installed by the customer yet");
            } else if (index == 2) {
                add(item.id, api::RecordKind::Result,
                    {{QStringLiteral("outcome"), QStringLiteral("fail")},
                     {QStringLiteral("comment"), QStringLiteral("Door seal torn at hinge")}},
                    QStringLiteral("result"));
                ip.state = api::ItemState::Failed;
            } else if (index == 3) {
                QJsonArray readings;
                readings.append(
                    QJsonObject{{QStringLiteral("quantity"), QStringLiteral("ups.battery.charge")},
                                {QStringLiteral("label"),
                                 QStringLiteral("upsEstimatedChargeRemaining")},
                                {QStringLiteral("value"), 97},
                                {QStringLiteral("unit"), QStringLiteral("%")},
                                {QStringLiteral("raw"), QStringLiteral("97")},
                                {QStringLiteral("source"),
                                 QStringLiteral("snmp://127.0.0.1:1161 1.3.6.1.2.1.33.1.2.4.0")},
                                {QStringLiteral("timestamp_ms"), double(clock)}});
                add(item.id, api::RecordKind::Reading,
                    {{QStringLiteral("check"), item.check},
                     {QStringLiteral("readings"), readings},
                     {QStringLiteral("problems"), QJsonArray()}},
                    QStringLiteral("reading"));
                add(item.id, api::RecordKind::Result,
                    {{QStringLiteral("outcome"), QStringLiteral("pass")},
                     {QStringLiteral("automatic"), true}},
                    QStringLiteral("result"));
                ip.state = api::ItemState::Passed;
            } else if (index == 4) {
                QJsonArray samples;
                const qint64 started = clock;
                for (int k = 0; k < 4; ++k)
                    samples.append(
                        QJsonObject{{QStringLiteral("t"), double(started + k * 1500)},
                                    {QStringLiteral("value"), k < 2 ? 0 : 1},
                                    {QStringLiteral("raw"),
                                     k < 2 ? QStringLiteral("0x0000") : QStringLiteral("0x0001")},
                                    {QStringLiteral("state"),
                                     k < 2 ? QStringLiteral("closed") : QStringLiteral("open")}});
                add(item.id, api::RecordKind::Guided,
                    {{QStringLiteral("check"), item.check},
                     {QStringLiteral("expect"), QStringLiteral("door reads open")},
                     {QStringLiteral("limit_ms"), 10000},
                     {QStringLiteral("started_ms"), double(started)},
                     {QStringLiteral("changed_ms"), double(started + 3000)},
                     {QStringLiteral("outcome"), QStringLiteral("pass")},
                     {QStringLiteral("samples"), samples}},
                    QStringLiteral("guided"));
                add(item.id, api::RecordKind::Result,
                    {{QStringLiteral("outcome"), QStringLiteral("pass")},
                     {QStringLiteral("automatic"), true}},
                    QStringLiteral("result"));
                ip.state = api::ItemState::Passed;
            } else {
                add(item.id, api::RecordKind::Evidence,
                    {{QStringLiteral("type"), QStringLiteral("note")},
                     {QStringLiteral("text"), QStringLiteral("Looks fine (%1)").arg(index)}},
                    QStringLiteral("evidence"));
                add(item.id, api::RecordKind::Result,
                    {{QStringLiteral("outcome"), QStringLiteral("pass")}},
                    QStringLiteral("result"));
                ip.state = api::ItemState::Passed;
            }
            switch (ip.state) {
            case api::ItemState::Passed:
                ++sp.passed;
                ++p.passed;
                break;
            case api::ItemState::Failed:
                ++sp.failed;
                ++p.failed;
                break;
            case api::ItemState::Skipped:
                ++sp.skipped;
                ++p.skipped;
                break;
            case api::ItemState::Pending: break;
            }
            ++p.total;
            p.items << ip;
        }
        p.sections << sp;
    }
    p.verdict = p.failed > 0    ? api::Verdict::Rejected
                : p.skipped > 0 ? api::Verdict::AcceptedWithOpenItems
                                : api::Verdict::Accepted;

    // Burn-in: chunks of 60 s for three groups (temperatures, UPS, node).
    const qint64 burnStart = kSampleStartMs + 3600'000;
    for (int chunk = 0; chunk * 60 < o.burnInSeconds; ++chunk) {
        QJsonObject series;
        const auto addSeries = [&](const QString &name, const QString &unit, double base,
                                   double amp) {
            QJsonArray points;
            for (int s = chunk * 60; s < std::min(o.burnInSeconds, chunk * 60 + 60); ++s)
                points.append(QJsonArray{double(burnStart + s * 1000LL),
                                         base + amp * std::sin(s / 300.0) + (s % 7) * 0.05});
            series.insert(name, QJsonObject{{QStringLiteral("unit"), unit},
                                            {QStringLiteral("points"), points}});
        };
        addSeries(QStringLiteral("temperature inlet"), QStringLiteral("°C"), 24, 2);
        addSeries(QStringLiteral("temperature outlet"), QStringLiteral("°C"), 31, 3);
        addSeries(QStringLiteral("ups.output.load ups-1"), QStringLiteral("%"), 45, 10);
        addSeries(QStringLiteral("node.cpu edge-01"), QStringLiteral("%"), 80, 15);
        add(QString(), api::RecordKind::BurnIn, {{QStringLiteral("series"), series}},
            QStringLiteral("burn-in"));
    }

    QJsonObject engineer{{QStringLiteral("role"), QStringLiteral("engineer")},
                         {QStringLiteral("name"), run.engineer},
                         {QStringLiteral("organisation"), QStringLiteral("EdgeCo Services")},
                         {QStringLiteral("signed_ms"), double(run.finishedAtMs)}};
    if (o.signatureImage) {
        QImage ink(400, 120, QImage::Format_ARGB32);
        ink.fill(Qt::transparent);
        for (int x = 20; x < 380; ++x)
            for (int w = 0; w < 4; ++w)
                ink.setPixelColor(x, 60 + int(30 * std::sin(x / 25.0)) + w, QColor(10, 20, 120));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        ink.save(&buffer, "PNG");
        engineer.insert(QStringLiteral("image"), QString::fromLatin1(png.toBase64()));
    } else {
        engineer.insert(QStringLiteral("ink"), true);
    }
    add(QString(), api::RecordKind::Signature, engineer, QStringLiteral("signature"));
    return data;
}

} // namespace edge::test
