#pragma once

// One of the dialogs that add to a survey from the console (issue 4). It gets the inventory
// (embedded or remote hub) and the survey, stores what it adds itself through
// survey::addSurveyItem (so edgectl and the console store the same payloads), and deletes itself
// when closed (WA_DeleteOnClose). The Survey page opens it.
//
// Poll a temperature-humidity sensor live: Modbus TCP or RTU (preset or register map;
// device-protocols/modbus) or SNMP v2c/v3 (ENTITY-SENSOR-MIB, UPS-MIB; device-protocols/snmp);
// interval and duration; a live table and count; Stop; Save stores the readings as one readings
// item. Errors name the field or the device and what to do.
#include "backend/api/inventory.h"
#include "backend/api/surveyrecord.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace edge::widgets {

class SensorPollDialog : public QDialog {
    Q_OBJECT
public:
    SensorPollDialog(std::shared_ptr<api::Inventory> inventory, const api::Survey &survey,
                     QWidget *parent = nullptr);
    ~SensorPollDialog() override;

    enum Protocol { ModbusTcp = 0, ModbusRtu = 1, Snmp = 2 };

    // For tests and the Survey page: the controls.
    QComboBox *protocolCombo() const;
    QLineEdit *hostEdit() const; // Modbus TCP and SNMP
    QSpinBox *portSpin() const;  // Modbus TCP and SNMP
    QSpinBox *unitSpin() const;  // Modbus
    QComboBox *mapCombo() const; // Modbus: the presets, then "Register map file"
    QLineEdit *mapFileEdit() const;
    QLineEdit *serialEdit() const; // Modbus RTU
    QLineEdit *communityEdit() const;
    QDoubleSpinBox *intervalSpin() const; // seconds
    QSpinBox *durationSpin() const;       // seconds; 0: until Stop
    QPushButton *startButton() const;
    QPushButton *stopButton() const;
    QPushButton *saveButton() const;
    QTableWidget *table() const; // time, temperature, humidity, dew point
    QLabel *countLabel() const;
    QLabel *errorLabel() const;
    bool isPolling() const;
    int readingCount() const;
    // Ask before closing while polling or with unsaved readings (default true; tests turn it off).
    void setConfirmClose(bool confirm);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void itemAdded(const edge::api::SurveyItem &item);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::widgets
