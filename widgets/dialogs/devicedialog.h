#pragma once

#include "backend/api/inventory.h"
#include "backend/api/inventorytypes.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace edge::widgets {

// Adds a device (UPS, PDU, air conditioner, switch, sensor) to a site, or edits one: its cabinet,
// name, kind, model, serial, protocol, address and the protocol's non-secret settings
// (api::Device::settings): SNMP version, v3 user and protocols, timeout; Modbus unit id, a register
// map preset or a custom map read from a JSON file (checked with modbus::parseRegisterMap), timeout.
// Secrets (community, passphrases) are never asked for here: a check asks when it runs. Checks the
// form with api::validate(Device) first; errors mark the field named by Error::field. Closes only
// when the hub accepted the change.
class DeviceDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit };

    // `device.siteId` names the site (also for Add); `cabinets` are the site's cabinets.
    DeviceDialog(Mode mode, std::shared_ptr<api::Inventory> inventory,
                 const QList<api::Cabinet> &cabinets, const api::Device &device,
                 QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    api::Result<api::Device> deviceFromForm() const;
    void showError(const api::Error &error);
    QString errorText() const;
    // The form field for a device field ("name", "address", "settings.user", ...), or null.
    QWidget *fieldWidget(const QString &field) const;
    bool isBusy() const { return m_busy; }

    // Reads a register map JSON file as the device's custom map (what "Custom map from a JSON
    // file…" does after the file dialog). On failure the error (file, line) is shown and the
    // previous map is kept.
    api::Result<void> loadRegisterMapFile(const QString &path);
    // The index in the register map combo of "custom map from a JSON file…".
    int customMapIndex() const;

Q_SIGNALS:
    void saved(const edge::api::Record &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void clearErrors();
    void setBusy(bool busy);
    void retranslateUi();
    void fillCombos();
    void updateProtocolUi();
    void updateMapNote();
    void mapChosen(int index);

    Mode m_mode;
    std::shared_ptr<api::Inventory> m_inventory;
    QList<api::Cabinet> m_cabinets;
    api::Device m_original;
    bool m_busy = false;
    QJsonObject m_customMap;   // the inline map (register_map) when chosen
    QString m_customMapSource; // the file it came from, for people
    int m_lastMapIndex = 0;

    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_cabinet = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_serial = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_address = nullptr;

    QGroupBox *m_snmpBox = nullptr;
    QFormLayout *m_snmpForm = nullptr;
    QComboBox *m_snmpVersion = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    QComboBox *m_priv = nullptr;
    QSpinBox *m_snmpTimeout = nullptr;

    QGroupBox *m_modbusBox = nullptr;
    QFormLayout *m_modbusForm = nullptr;
    QSpinBox *m_unitId = nullptr;
    QComboBox *m_map = nullptr;
    QLabel *m_mapNote = nullptr;
    QSpinBox *m_modbusTimeout = nullptr;

    QLabel *m_secretsNote = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace edge::widgets
