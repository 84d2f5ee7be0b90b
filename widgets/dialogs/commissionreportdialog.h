#pragma once

// The sealed acceptance report of a commissioning run (issue 6) from the console: language
// (English / 简体中文), output file, the engineer's and the customer's signatures (drawn on the
// signature pad, or left for ink), and the passphrase of the engineer's signing key (created on
// first use, kept encrypted in the key directory). Generate stores the signatures as run records
// (while the run is in progress), loads the photos (read, decoded and downscaled on a worker,
// with progress per photo and Cancel), builds the report from them on the GUI thread (its texts
// need the application's translator), writes the PDF and seals it on a worker with progress and
// Cancel; then it verifies the seal and says who signed it.
#include "backend/commissioning/commissioningstore.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace edge::api {
class Attachments;
}
namespace edge::reports {
struct PreparedPhotos;
}

namespace edge::widgets {

class SignaturePad;

class CommissionReportDialog : public QDialog {
    Q_OBJECT
public:
    CommissionReportDialog(std::shared_ptr<api::Inventory> inventory,
                           std::shared_ptr<api::Attachments> attachments,
                           const commissioning::RunData &run, const QString &keyDirectory,
                           const QString &userName, QWidget *parent = nullptr);
    ~CommissionReportDialog() override;

    QComboBox *languageCombo() const;
    QLineEdit *fileEdit() const;
    QLineEdit *engineerNameEdit() const;
    SignaturePad *engineerPad() const;
    QCheckBox *engineerInkCheck() const;
    QLineEdit *customerNameEdit() const;
    QLineEdit *customerOrganisationEdit() const;
    SignaturePad *customerPad() const;
    QCheckBox *customerInkCheck() const;
    QLineEdit *passphraseEdit() const;
    QPushButton *generateButton() const;
    QPushButton *closeButton() const;
    QProgressBar *progressBar() const;
    QLabel *resultLabel() const;
    bool isBusy() const;
    QString writtenPath() const; // after success

Q_SIGNALS:
    void reportWritten(const QString &path);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Prepared;
    void generate();
    void fail(const QString &message);
    void loadPhotos(const std::shared_ptr<Prepared> &prepared, const QString &path,
                    const QString &language);
    void buildAndWrite(const std::shared_ptr<Prepared> &prepared,
                       const std::shared_ptr<const reports::PreparedPhotos> &photos,
                       const QString &path, const QString &language);
    void updateState();
    void retranslateUi();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::widgets
