#include "widgets/dialogs/commissionreportdialog.h"

#include "backend/api/syncstore.h"
#include "backend/reports/acceptancereport.h"
#include "backend/seal/seal.h"
#include "translations/i18n.h"
#include "widgets/common/asynctask.h"
#include "widgets/common/reportoutput.h"
#include "widgets/common/signaturepad.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <atomic>

namespace edge::widgets {

namespace {

struct SignerWidgets {
    QGroupBox *box = nullptr;
    QLabel *nameLabel = nullptr;
    QLineEdit *name = nullptr;
    QLabel *organisationLabel = nullptr;
    QLineEdit *organisation = nullptr;
    SignaturePad *pad = nullptr;
    QCheckBox *ink = nullptr;
    QPushButton *clear = nullptr;
};

SignerWidgets makeSigner(QWidget *parent, const QString &prefix, bool withOrganisation)
{
    SignerWidgets s;
    s.box = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(s.box);
    auto *form = new QFormLayout;
    s.name = new QLineEdit(s.box);
    s.name->setObjectName(prefix + QStringLiteral("NameEdit"));
    s.nameLabel = new QLabel(s.box);
    s.nameLabel->setBuddy(s.name);
    form->addRow(s.nameLabel, s.name);
    if (withOrganisation) {
        s.organisation = new QLineEdit(s.box);
        s.organisation->setObjectName(prefix + QStringLiteral("OrganisationEdit"));
        s.organisationLabel = new QLabel(s.box);
        s.organisationLabel->setBuddy(s.organisation);
        form->addRow(s.organisationLabel, s.organisation);
    }
    layout->addLayout(form);
    s.pad = new SignaturePad(s.box);
    s.pad->setObjectName(prefix + QStringLiteral("SignaturePad"));
    s.pad->setMinimumHeight(110);
    layout->addWidget(s.pad, 1);
    auto *row = new QHBoxLayout;
    s.ink = new QCheckBox(s.box);
    s.ink->setObjectName(prefix + QStringLiteral("InkCheck"));
    s.clear = new QPushButton(s.box);
    s.clear->setObjectName(prefix + QStringLiteral("ClearButton"));
    row->addWidget(s.ink, 1);
    row->addWidget(s.clear);
    layout->addLayout(row);
    QObject::connect(s.clear, &QPushButton::clicked, s.pad, &SignaturePad::clear);
    QObject::connect(s.ink, &QCheckBox::toggled, s.pad, &QWidget::setDisabled);
    return s;
}

QString signaturePayload(const QString &role, const QString &name, const QString &organisation,
                         const QByteArray &png, qint64 signedMs)
{
    QJsonObject o{{QStringLiteral("role"), role},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("signed_ms"), signedMs}};
    if (!organisation.isEmpty())
        o.insert(QStringLiteral("organisation"), organisation);
    if (png.isEmpty())
        o.insert(QStringLiteral("ink"), true);
    else
        o.insert(QStringLiteral("image"), QString::fromLatin1(png.toBase64()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString defaultPath(const commissioning::RunData &data, const QString &language)
{
    QString base = (data.cabinet ? data.cabinet->name : data.run.cabinetId) + QLatin1Char('-')
                   + data.run.name;
    if (data.run.runRevision > 1)
        base += QStringLiteral("-r%1").arg(data.run.runRevision);
    base += QLatin1Char('-') + language;
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : base)
        if (bad.contains(c) || c.isSpace())
            c = QLatin1Char('_');
    return QDir::home().filePath(base + QStringLiteral(".pdf"));
}

} // namespace

// What the first worker step hands to the GUI thread.
struct CommissionReportDialog::Prepared {
    std::shared_ptr<seal::SigningKey> key;
    commissioning::RunData data;
    QString contentSha256;
    bool signaturesStored = false;
};

namespace {

struct Written {
    int pages = 0;
    seal::Verification verification;
};

} // namespace

struct CommissionReportDialog::Private {
    std::shared_ptr<api::Inventory> inventory;
    std::shared_ptr<api::Attachments> attachments;
    commissioning::RunData run;
    QString keyDir;
    QString user;
    bool pathEdited = false;
    bool busy = false;
    QString written;
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<int>> done = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> total = std::make_shared<std::atomic<int>>(0);
    QTimer *poll = nullptr;

    QLabel *intro = nullptr;
    QLabel *languageLabel = nullptr;
    QComboBox *language = nullptr;
    QLabel *fileLabel = nullptr;
    QLineEdit *file = nullptr;
    QPushButton *browse = nullptr;
    SignerWidgets engineer;
    SignerWidgets customer;
    QLabel *passphraseLabel = nullptr;
    QLineEdit *passphrase = nullptr;
    QLabel *keyHint = nullptr;
    QProgressBar *progress = nullptr;
    QLabel *result = nullptr;
    QPushButton *openFile = nullptr;
    QPushButton *openFolder = nullptr;
    QPushButton *generate = nullptr;
    QPushButton *close = nullptr;
};

CommissionReportDialog::CommissionReportDialog(std::shared_ptr<api::Inventory> inventory,
                                               std::shared_ptr<api::Attachments> attachments,
                                               const commissioning::RunData &run,
                                               const QString &keyDirectory, const QString &userName,
                                               QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("commissionReportDialog"));
    setMinimumWidth(760);
    d->inventory = std::move(inventory);
    d->attachments = std::move(attachments);
    d->run = run;
    d->keyDir = keyDirectory;
    d->user = userName;

    auto *layout = new QVBoxLayout(this);
    d->intro = new QLabel(this);
    d->intro->setWordWrap(true);
    layout->addWidget(d->intro);
    auto *form = new QFormLayout;
    d->language = new QComboBox(this);
    d->language->setObjectName(QStringLiteral("languageCombo"));
    d->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    d->language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const QString ui = i18n::current(*QCoreApplication::instance());
    d->language->setCurrentIndex(ui == QLatin1String("zh_CN") ? 1 : 0);
    d->languageLabel = new QLabel(this);
    d->languageLabel->setBuddy(d->language);
    form->addRow(d->languageLabel, d->language);
    auto *fileRow = new QHBoxLayout;
    d->file = new QLineEdit(this);
    d->file->setObjectName(QStringLiteral("fileEdit"));
    d->file->setText(defaultPath(run, d->language->currentData().toString()));
    d->browse = new QPushButton(this);
    fileRow->addWidget(d->file, 1);
    fileRow->addWidget(d->browse);
    d->fileLabel = new QLabel(this);
    d->fileLabel->setBuddy(d->file);
    form->addRow(d->fileLabel, fileRow);
    layout->addLayout(form);

    auto *signers = new QHBoxLayout;
    d->engineer = makeSigner(this, QStringLiteral("engineer"), false);
    d->engineer.name->setText(run.run.engineer.isEmpty() ? userName : run.run.engineer);
    d->customer = makeSigner(this, QStringLiteral("customer"), true);
    d->customer.organisation->setText(run.run.customer);
    signers->addWidget(d->engineer.box, 1);
    signers->addWidget(d->customer.box, 1);
    layout->addLayout(signers, 1);

    auto *keyForm = new QFormLayout;
    d->passphrase = new QLineEdit(this);
    d->passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    d->passphrase->setEchoMode(QLineEdit::Password);
    d->passphraseLabel = new QLabel(this);
    d->passphraseLabel->setBuddy(d->passphrase);
    keyForm->addRow(d->passphraseLabel, d->passphrase);
    d->keyHint = new QLabel(this);
    d->keyHint->setObjectName(QStringLiteral("keyHint"));
    d->keyHint->setWordWrap(true);
    keyForm->addRow(QString(), d->keyHint);
    layout->addLayout(keyForm);

    const ReportOutput output = addReportOutput(this, layout, d->done, d->total);
    d->progress = output.progress;
    d->result = output.result;
    d->openFile = output.openFile;
    d->openFolder = output.openFolder;
    d->generate = output.generate;
    d->close = output.close;
    d->poll = output.poll;

    connect(d->file, &QLineEdit::textEdited, this, [this] { d->pathEdited = true; });
    connect(d->language, &QComboBox::currentIndexChanged, this, [this] {
        if (!d->pathEdited)
            d->file->setText(defaultPath(d->run, d->language->currentData().toString()));
    });
    connect(d->browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the acceptance report"),
                                                          d->file->text(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            d->file->setText(path);
            d->pathEdited = true;
        }
    });
    connect(d->openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(d->written)); });
    connect(d->openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(d->written).absolutePath()));
    });
    connect(d->close, &QPushButton::clicked, this, [this] {
        if (d->busy)
            d->cancel->store(true);
        else
            reject();
    });
    connect(d->generate, &QPushButton::clicked, this, &CommissionReportDialog::generate);
    for (const SignerWidgets *s : {&d->engineer, &d->customer}) {
        connect(s->pad, &SignaturePad::changed, this, &CommissionReportDialog::updateState);
        connect(s->ink, &QCheckBox::toggled, this, &CommissionReportDialog::updateState);
        connect(s->name, &QLineEdit::textChanged, this, &CommissionReportDialog::updateState);
    }
    connect(d->passphrase, &QLineEdit::textChanged, this, &CommissionReportDialog::updateState);
    connect(d->file, &QLineEdit::textChanged, this, &CommissionReportDialog::updateState);

    retranslateUi();
}

CommissionReportDialog::~CommissionReportDialog()
{
    d->cancel->store(true); // a render still running stops at its next page
}

QComboBox *CommissionReportDialog::languageCombo() const { return d->language; }
QLineEdit *CommissionReportDialog::fileEdit() const { return d->file; }
QLineEdit *CommissionReportDialog::engineerNameEdit() const { return d->engineer.name; }
SignaturePad *CommissionReportDialog::engineerPad() const { return d->engineer.pad; }
QCheckBox *CommissionReportDialog::engineerInkCheck() const { return d->engineer.ink; }
QLineEdit *CommissionReportDialog::customerNameEdit() const { return d->customer.name; }
QLineEdit *CommissionReportDialog::customerOrganisationEdit() const
{
    return d->customer.organisation;
}
SignaturePad *CommissionReportDialog::customerPad() const { return d->customer.pad; }
QCheckBox *CommissionReportDialog::customerInkCheck() const { return d->customer.ink; }
QLineEdit *CommissionReportDialog::passphraseEdit() const { return d->passphrase; }
QPushButton *CommissionReportDialog::generateButton() const { return d->generate; }
QPushButton *CommissionReportDialog::closeButton() const { return d->close; }
QProgressBar *CommissionReportDialog::progressBar() const { return d->progress; }
QLabel *CommissionReportDialog::resultLabel() const { return d->result; }
bool CommissionReportDialog::isBusy() const { return d->busy; }
QString CommissionReportDialog::writtenPath() const { return d->written; }

void CommissionReportDialog::updateState()
{
    if (d->busy)
        return;
    // Each signer is named and either signs on the pad or is left for ink.
    auto ready = [](const SignerWidgets &s) {
        return !s.name->text().trimmed().isEmpty() && (s.ink->isChecked() || !s.pad->isEmpty());
    };
    QString missing;
    if (d->file->text().trimmed().isEmpty())
        missing = tr("Choose where to write the PDF.");
    else if (!ready(d->engineer))
        missing = tr("Enter the engineer's name, and sign on the pad or leave it for ink.");
    else if (!ready(d->customer))
        missing = tr("Enter the customer's name, and sign on the pad or leave it for ink.");
    else if (d->passphrase->text().size() < 8)
        missing = tr("Enter the passphrase of your signing key (at least 8 characters).");
    d->generate->setEnabled(missing.isEmpty());
    d->generate->setToolTip(missing);
    if (d->written.isEmpty())
        d->result->setText(missing);
}

void CommissionReportDialog::generate()
{
    if (d->busy || !d->generate->isEnabled())
        return;
    const QString path = QFileInfo(d->file->text().trimmed()).absoluteFilePath();
    const QString language = d->language->currentData().toString();
    const QString passphrase = d->passphrase->text();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<commissioning::NewRecord> signatures;
    auto addSigner = [&](const SignerWidgets &s, const QString &role) {
        const QByteArray png = s.ink->isChecked() ? QByteArray() : s.pad->toPng();
        commissioning::NewRecord r;
        r.kind = api::RecordKind::Signature;
        r.author = d->user;
        r.payload = signaturePayload(role, s.name->text().trimmed(),
                                     s.organisation ? s.organisation->text().trimmed() : QString(),
                                     png, now);
        signatures << r;
    };
    addSigner(d->engineer, QStringLiteral("engineer"));
    addSigner(d->customer, QStringLiteral("customer"));

    d->busy = true;
    d->cancel->store(false);
    d->written.clear();
    d->generate->setEnabled(false);
    d->openFile->setVisible(false);
    d->openFolder->setVisible(false);
    d->progress->setRange(0, 0);
    d->progress->setVisible(true);
    d->result->setText(tr("Unlocking the signing key…"));
    d->close->setText(tr("Cancel"));
    d->passphrase->clear();

    auto inventory = d->inventory;
    const commissioning::RunData run = d->run;
    const QString keyDir = d->keyDir;
    const QString user = d->user;
    AsyncTask::run(
        this,
        [inventory, run, keyDir, user, passphrase, signatures]() -> api::Result<Prepared> {
            auto key = seal::SigningKey::loadOrCreate(keyDir, user, passphrase);
            if (!key)
                return std::unexpected(key.error());
            Prepared out;
            out.key = std::make_shared<seal::SigningKey>(std::move(*key));
            // The signatures become records of the run while it is in progress; a finished run
            // is read-only, so they are then printed without being stored.
            bool stored = false;
            if (run.run.status == api::RunStatus::InProgress) {
                for (const commissioning::NewRecord &r : signatures)
                    if (auto added = commissioning::addRecord(*inventory, run, r); !added)
                        return std::unexpected(added.error());
                stored = true;
            }
            auto loaded = commissioning::loadRun(*inventory, run.run.id);
            if (!loaded)
                return std::unexpected(loaded.error());
            out.data = std::move(*loaded);
            if (!stored) {
                int n = 0;
                for (const commissioning::NewRecord &r : signatures) {
                    api::CommissioningRecord rec;
                    rec.runId = out.data.run.id;
                    rec.kind = api::RecordKind::Signature;
                    rec.name = QStringLiteral("signature %1 (not stored)").arg(++n);
                    rec.author = r.author;
                    rec.takenAtMs = QDateTime::currentMSecsSinceEpoch();
                    rec.payload = r.payload;
                    out.data.records.append(rec);
                }
            }
            out.signaturesStored = stored;
            out.contentSha256 = QString::fromLatin1(
                QCryptographicHash::hash(reports::canonicalRunContent(out.data),
                                         QCryptographicHash::Sha256)
                    .toHex());
            return out;
        },
        [this, path, language](api::Result<Prepared> prepared) {
            if (!prepared) {
                fail(prepared.error().code == api::Code::Unauthenticated
                         ? tr("The passphrase does not unlock your signing key.")
                         : prepared.error().message);
                return;
            }
            loadPhotos(std::make_shared<Prepared>(std::move(*prepared)), path, language);
        });
}

void CommissionReportDialog::fail(const QString &message)
{
    d->busy = false;
    d->poll->stop();
    d->progress->setVisible(false);
    d->close->setText(tr("Close"));
    d->result->setText(message);
    updateState();
    d->result->setText(message);
    Q_EMIT failed(message);
}

// Reads, decodes and downscales the photos on a worker (seconds for 50 photos of 12 MP), with
// progress per photo and Cancel; the document is then built on the GUI thread from them.
void CommissionReportDialog::loadPhotos(const std::shared_ptr<Prepared> &prepared,
                                        const QString &path, const QString &language)
{
    d->run = prepared->data;
    auto cancel = d->cancel;
    auto done = d->done;
    auto total = d->total;
    done->store(0);
    total->store(0);
    d->poll->start();
    d->result->setText(tr("Loading the photos…"));
    auto attachments = d->attachments;
    const commissioning::RunData run = d->run;
    const int maxPixels = reports::AcceptanceReportOptions{}.photoMaxPixels;
    AsyncTask::run(
        this,
        [attachments, run, maxPixels, cancel, done, total] {
            return reports::preparePhotos(run, attachments.get(), maxPixels,
                                          [cancel, done, total](int n, int of) {
                                              total->store(of);
                                              done->store(n);
                                              return !cancel->load();
                                          });
        },
        [this, prepared, path, language](api::Result<reports::PreparedPhotos> photos) {
            if (!photos || d->cancel->load()) {
                fail(!photos && photos.error().code != api::Code::Cancelled
                         ? photos.error().message
                         : tr("Cancelled; no file was written."));
                return;
            }
            buildAndWrite(prepared,
                          std::make_shared<const reports::PreparedPhotos>(std::move(*photos)), path,
                          language);
        });
}

void CommissionReportDialog::buildAndWrite(
    const std::shared_ptr<Prepared> &prepared,
    const std::shared_ptr<const reports::PreparedPhotos> &photos, const QString &path,
    const QString &language)
{
    // The footer in the report's language: who sealed it and the short fingerprints.
    QString footer;
    {
        i18n::ScopedLanguage scope(*QCoreApplication::instance(), language);
        footer = tr("Sealed by %1 · key %2 · content %3")
                     .arg(prepared->key->user(),
                          seal::shortFingerprint(prepared->key->fingerprint()),
                          seal::shortFingerprint(prepared->contentSha256));
    }
    d->result->setText(tr("Building the report…"));
    reports::AcceptanceReportOptions options;
    options.language = language;
    options.footerText = footer;
    options.preparedPhotos = photos;
    auto cancel = d->cancel;
    auto done = d->done;
    auto total = d->total;
    // Built here (its texts are translated on the GUI thread; the photos are ready, so this is
    // quick), written on a worker.
    auto doc = reports::buildAcceptanceReport(d->run, nullptr, options);
    if (!doc) {
        fail(doc.error().message);
        return;
    }
    auto document = std::make_shared<reports::ReportDocument>(std::move(*doc));
    auto key = prepared->key;
    seal::SealInfo info;
    info.signer = key->user();
    info.signerName = d->engineer.name->text().trimmed();
    info.contentSha256 = prepared->contentSha256;
    info.runId = d->run.run.id;
    info.runRevision = d->run.run.runRevision;
    info.language = language;
    info.sealedAtMs = QDateTime::currentMSecsSinceEpoch();
    const QString sealKeyDir = d->keyDir;
    done->store(0);
    total->store(0);
    d->progress->setRange(0, 0);
    d->poll->start();
    d->result->setText(tr("Writing the report…"));
    AsyncTask::run(
        this,
        [document, key, info, path, sealKeyDir, cancel, done, total]() -> api::Result<Written> {
            auto pages = document->write(path, [cancel, done, total](int n, int of) {
                total->store(of);
                done->store(n);
                return !cancel->load();
            });
            if (!pages)
                return std::unexpected(pages.error());
            if (auto sealed = seal::sealPdf(path, *key, info); !sealed) {
                QFile::remove(path);
                return std::unexpected(sealed.error());
            }
            auto verified = seal::verifyPdf(path, sealKeyDir);
            if (!verified)
                return std::unexpected(verified.error());
            return Written{*pages, *verified};
        },
        [this, path](api::Result<Written> written) {
            if (!written) {
                fail(written.error().code == api::Code::Cancelled
                         ? tr("Cancelled; no file was written.")
                         : written.error().message);
                return;
            }
            d->busy = false;
            d->poll->stop();
            d->progress->setVisible(false);
            d->close->setText(tr("Close"));
            d->written = path;
            const seal::Verification &v = written->verification;
            QString text = tr("Wrote %1 (%n page(s)).", nullptr, written->pages)
                               .arg(QDir::toNativeSeparators(path));
            text += QLatin1Char(' ');
            text += v.authentic
                        ? tr("Sealed and verified: signed by %1, key %2.")
                              .arg(v.info.signer, seal::shortFingerprint(v.info.keyFingerprint))
                        : tr("The seal does not verify: %1").arg(v.problem);
            d->result->setText(text);
            d->openFile->setVisible(true);
            d->openFolder->setVisible(true);
            updateState();
            Q_EMIT reportWritten(path);
        });
}

void CommissionReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CommissionReportDialog::retranslateUi()
{
    setWindowTitle(tr("Acceptance report: %1").arg(d->run.run.name));
    d->intro->setText(tr("The report lists every checklist item with its result and evidence, "
                         "the open items and the signatures. It is sealed with your signing key: "
                         "changing a single byte of it breaks the seal."));
    d->languageLabel->setText(tr("&Language:"));
    d->fileLabel->setText(tr("&File:"));
    d->browse->setText(tr("Browse…"));
    d->engineer.box->setTitle(tr("Engineer"));
    d->customer.box->setTitle(tr("Customer"));
    for (SignerWidgets *s : {&d->engineer, &d->customer}) {
        s->nameLabel->setText(tr("Name:"));
        s->ink->setText(tr("Leave for ink (sign the printout)"));
        s->clear->setText(tr("Clear"));
    }
    d->customer.organisationLabel->setText(tr("Organisation:"));
    d->passphraseLabel->setText(tr("Signing &passphrase:"));
    d->keyHint->setText(
        seal::SigningKey::exists(d->keyDir, d->user)
            ? tr("Unlocks your signing key (%1).").arg(d->user)
            : tr("You have no signing key yet: one is created for %1 and kept encrypted under "
                 "this passphrase. Remember it; it cannot be recovered.")
                  .arg(d->user));
    d->openFile->setText(tr("Open file"));
    d->openFolder->setText(tr("Open folder"));
    d->generate->setText(tr("&Generate and Seal"));
    d->close->setText(d->busy ? tr("Cancel") : tr("Close"));
    updateState();
}

} // namespace edge::widgets
