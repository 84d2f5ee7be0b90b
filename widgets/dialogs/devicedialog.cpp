#include "widgets/dialogs/devicedialog.h"

#include "device-protocols/modbus/modbuspresets.h"
#include "device-protocols/modbus/registermap.h"
#include "widgets/common/formerrors.h"
#include "widgets/common/recordsave.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace edge::widgets {

namespace {

const QString kCabinet = QStringLiteral("cabinet_id");
const QString kName = QStringLiteral("name");
const QString kKind = QStringLiteral("kind");
const QString kModel = QStringLiteral("model");
const QString kSerial = QStringLiteral("serial");
const QString kProtocol = QStringLiteral("protocol");
const QString kAddress = QStringLiteral("address");
const QString kSnmpVersion = QStringLiteral("snmp_version");
const QString kUser = QStringLiteral("user");
const QString kAuth = QStringLiteral("auth_protocol");
const QString kPriv = QStringLiteral("priv_protocol");
const QString kTimeout = QStringLiteral("timeout_ms");
const QString kUnitId = QStringLiteral("unit_id");
const QString kPreset = QStringLiteral("preset");
const QString kRegisterMap = QStringLiteral("register_map");
const QString kCustom = QStringLiteral("\x01custom"); // the combo item, never a preset id

QString settingField(const QString &key) { return QStringLiteral("settings.") + key; }

bool isModbus(api::DeviceProtocol p)
{
    return p == api::DeviceProtocol::ModbusTcp || p == api::DeviceProtocol::ModbusRtu;
}

QSpinBox *timeoutSpin(QWidget *parent, const char *objectName)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(objectName));
    s->setRange(0, 600000); // 0: the protocol's default; api::validate wants 100..600000
    s->setSingleStep(500);
    s->setAccelerated(true);
    return s;
}

} // namespace

DeviceDialog::DeviceDialog(Mode mode, std::shared_ptr<api::Inventory> inventory,
                           const QList<api::Cabinet> &cabinets, const api::Device &device,
                           QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_inventory(std::move(inventory))
    , m_cabinets(cabinets)
    , m_original(device)
{
    setObjectName(mode == Mode::Add ? QStringLiteral("addDeviceDialog")
                                    : QStringLiteral("editDeviceDialog"));
    setModal(true);
    setMinimumWidth(540);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    m_cabinet = new QComboBox(this);
    m_cabinet->setObjectName(QStringLiteral("cabinetCombo"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(64);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_model->setMaxLength(100);
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(QStringLiteral("serialEdit"));
    m_serial->setMaxLength(100);
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setMaxLength(300);
    for (QComboBox *c : {m_cabinet, m_kind, m_protocol})
        c->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_form->addRow(QStringLiteral("-"), m_cabinet);
    m_form->addRow(QStringLiteral("-"), m_name);
    m_form->addRow(QStringLiteral("-"), m_kind);
    m_form->addRow(QStringLiteral("-"), m_model);
    m_form->addRow(QStringLiteral("-"), m_serial);
    m_form->addRow(QStringLiteral("-"), m_protocol);
    m_form->addRow(QStringLiteral("-"), m_address);
    layout->addLayout(m_form);

    // SNMP settings.
    m_snmpBox = new QGroupBox(this);
    m_snmpBox->setObjectName(QStringLiteral("snmpBox"));
    m_snmpForm = new QFormLayout(m_snmpBox);
    m_snmpForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_snmpVersion = new QComboBox(m_snmpBox);
    m_snmpVersion->setObjectName(QStringLiteral("snmpVersionCombo"));
    m_user = new QLineEdit(m_snmpBox);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setMaxLength(100);
    m_auth = new QComboBox(m_snmpBox);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->addItem(QStringLiteral("SHA"), QStringLiteral("SHA"));
    m_auth->addItem(QStringLiteral("SHA-256"), QStringLiteral("SHA-256"));
    m_priv = new QComboBox(m_snmpBox);
    m_priv->setObjectName(QStringLiteral("privCombo"));
    m_priv->addItem(QStringLiteral("AES"), QStringLiteral("AES"));
    m_snmpTimeout = timeoutSpin(m_snmpBox, "snmpTimeoutSpin");
    m_snmpForm->addRow(QStringLiteral("-"), m_snmpVersion);
    m_snmpForm->addRow(QStringLiteral("-"), m_user);
    m_snmpForm->addRow(QStringLiteral("-"), m_auth);
    m_snmpForm->addRow(QStringLiteral("-"), m_priv);
    m_snmpForm->addRow(QStringLiteral("-"), m_snmpTimeout);
    layout->addWidget(m_snmpBox);

    // Modbus settings.
    m_modbusBox = new QGroupBox(this);
    m_modbusBox->setObjectName(QStringLiteral("modbusBox"));
    m_modbusForm = new QFormLayout(m_modbusBox);
    m_modbusForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_unitId = new QSpinBox(m_modbusBox);
    m_unitId->setObjectName(QStringLiteral("unitIdSpin"));
    m_unitId->setRange(0, 255);
    m_unitId->setValue(1);
    m_map = new QComboBox(m_modbusBox);
    m_map->setObjectName(QStringLiteral("mapCombo"));
    m_map->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Long preset titles must not widen the dialog.
    m_map->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_map->setMinimumContentsLength(32);
    m_mapNote = new QLabel(m_modbusBox);
    m_mapNote->setObjectName(QStringLiteral("mapNote"));
    m_mapNote->setWordWrap(true);
    m_mapNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mapNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_modbusTimeout = timeoutSpin(m_modbusBox, "modbusTimeoutSpin");
    m_modbusForm->addRow(QStringLiteral("-"), m_unitId);
    m_modbusForm->addRow(QStringLiteral("-"), m_map);
    m_modbusForm->addRow(m_mapNote); // the whole width: a source citation can be long
    m_modbusForm->addRow(QStringLiteral("-"), m_modbusTimeout);
    layout->addWidget(m_modbusBox);

    m_secretsNote = new QLabel(this);
    m_secretsNote->setObjectName(QStringLiteral("secretsNote"));
    m_secretsNote->setWordWrap(true);
    m_secretsNote->setEnabled(false);
    layout->addWidget(m_secretsNote);

    m_error = createFormErrorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeviceDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_fields = {{kCabinet, m_cabinet},
                {kName, m_name},
                {kKind, m_kind},
                {kModel, m_model},
                {kSerial, m_serial},
                {kProtocol, m_protocol},
                {kAddress, m_address},
                {settingField(kSnmpVersion), m_snmpVersion},
                {settingField(kUser), m_user},
                {settingField(kAuth), m_auth},
                {settingField(kPriv), m_priv},
                {settingField(kUnitId), m_unitId},
                {settingField(kPreset), m_map},
                {settingField(kRegisterMap), m_map}};
    for (QLineEdit *e : {m_name, m_model, m_serial, m_address, m_user})
        connect(e, &QLineEdit::textEdited, this, [e] { setFieldInvalid(e, false); });
    for (QComboBox *c : {m_cabinet, m_kind, m_protocol, m_snmpVersion, m_auth, m_priv})
        connect(c, &QComboBox::activated, this, [c] { setFieldInvalid(c, false); });
    for (QSpinBox *s : {m_unitId, m_snmpTimeout, m_modbusTimeout})
        connect(s, &QSpinBox::valueChanged, this, [s] { setFieldInvalid(s, false); });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &DeviceDialog::updateProtocolUi);
    connect(m_snmpVersion, &QComboBox::currentIndexChanged, this, &DeviceDialog::updateProtocolUi);
    connect(m_map, &QComboBox::currentIndexChanged, this, &DeviceDialog::updateMapNote);
    connect(m_map, &QComboBox::activated, this, &DeviceDialog::mapChosen);

    // The device's settings as the form starts from.
    const QJsonObject &s = device.settings;
    if (s.value(kRegisterMap).isObject()) {
        m_customMap = s.value(kRegisterMap).toObject();
        m_customMapSource = tr("stored with the device");
    }

    retranslateUi();

    m_cabinet->setCurrentIndex(std::max(0, m_cabinet->findData(device.cabinetId)));
    m_name->setText(device.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(api::deviceKindName(device.kind))));
    m_model->setText(device.model);
    m_serial->setText(device.serial);
    m_protocol->setCurrentIndex(
        std::max(0, m_protocol->findData(api::deviceProtocolName(device.protocol))));
    m_address->setText(device.address);
    m_snmpVersion->setCurrentIndex(
        std::max(0, m_snmpVersion->findData(s.value(kSnmpVersion).toString(QStringLiteral("2c")))));
    m_user->setText(s.value(kUser).toString());
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(s.value(kAuth).toString())));
    m_priv->setCurrentIndex(std::max(0, m_priv->findData(s.value(kPriv).toString())));
    const int timeout = s.value(kTimeout).toInt(0);
    m_snmpTimeout->setValue(device.protocol == api::DeviceProtocol::Snmp ? timeout : 0);
    m_modbusTimeout->setValue(isModbus(device.protocol) ? timeout : 0);
    m_unitId->setValue(s.value(kUnitId).toInt(1));
    if (!m_customMap.isEmpty())
        m_map->setCurrentIndex(customMapIndex());
    else
        m_map->setCurrentIndex(std::max(0, m_map->findData(s.value(kPreset).toString())));
    m_lastMapIndex = m_map->currentIndex();
    updateProtocolUi();
    updateMapNote();
    m_name->setFocus();
}

void DeviceDialog::fillCombos()
{
    auto refill = [](QComboBox *combo, const QList<std::pair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        if (const int i = combo->findData(current); i >= 0)
            combo->setCurrentIndex(i);
    };

    QList<std::pair<QString, QString>> cabinets{{tr("Not in a cabinet"), QString()}};
    for (const api::Cabinet &c : std::as_const(m_cabinets))
        cabinets.append({c.name, c.id});
    // A device may name a cabinet this console has not listed (yet): keep it selectable.
    if (!m_original.cabinetId.isEmpty()
        && std::ranges::none_of(m_cabinets, [&](const api::Cabinet &c) {
               return c.id == m_original.cabinetId;
           }))
        cabinets.append({m_original.cabinetId, m_original.cabinetId});
    refill(m_cabinet, cabinets);

    QList<std::pair<QString, QString>> kinds;
    for (api::DeviceKind k : api::allDeviceKinds())
        kinds.append({api::deviceKindLabel(k), api::deviceKindName(k)});
    refill(m_kind, kinds);

    refill(m_protocol,
           {{tr("None (not polled)"), api::deviceProtocolName(api::DeviceProtocol::None)},
            {tr("SNMP"), api::deviceProtocolName(api::DeviceProtocol::Snmp)},
            {tr("Modbus TCP"), api::deviceProtocolName(api::DeviceProtocol::ModbusTcp)},
            {tr("Modbus RTU (serial)"), api::deviceProtocolName(api::DeviceProtocol::ModbusRtu)}});

    refill(m_snmpVersion,
           {{tr("v2c (community)"), QStringLiteral("2c")}, {tr("v3 (user)"), QStringLiteral("3")}});

    QList<std::pair<QString, QString>> maps{{tr("No register map"), QString()}};
    for (const modbus::RegisterMapPreset &p : modbus::registerMapPresets())
        maps.append({p.confidence == api::Confidence::High
                         ? p.title
                         : tr("%1 (check the first reading)").arg(p.title),
                     p.id});
    // A preset this console does not know stays selectable as its id.
    const QString preset = m_original.settings.value(kPreset).toString();
    if (!preset.isEmpty() && !modbus::registerMapPreset(preset))
        maps.append({preset, preset});
    maps.append(
        {m_customMap.isEmpty()
             ? tr("Custom map from a JSON file…")
             : tr("Custom map \"%1\" (%2)")
                   .arg(m_customMap.value(QStringLiteral("name")).toString(), m_customMapSource),
         kCustom});
    refill(m_map, maps);
}

int DeviceDialog::customMapIndex() const { return m_map->findData(kCustom); }

void DeviceDialog::retranslateUi()
{
    if (m_mode == Mode::Add) {
        setWindowTitle(tr("Add Device"));
        m_intro->setText(tr("Describe the device and how to reach it. Commissioning checks read "
                            "it at this address with these settings."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Device"));
    } else {
        setWindowTitle(tr("Edit Device"));
        m_intro->setText(tr("Change the details of \"%1\". Other users see the changes at once.")
                             .arg(m_original.name));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto label = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    };
    label(m_form, m_cabinet, tr("&Cabinet:"));
    label(m_form, m_name, tr("&Name:"));
    label(m_form, m_kind, tr("&Kind:"));
    label(m_form, m_model, tr("&Model:"));
    label(m_form, m_serial, tr("&Serial number:"));
    label(m_form, m_protocol, tr("&Protocol:"));
    label(m_form, m_address, tr("&Address:"));
    m_snmpBox->setTitle(tr("SNMP settings"));
    label(m_snmpForm, m_snmpVersion, tr("&Version:"));
    label(m_snmpForm, m_user, tr("&User:"));
    label(m_snmpForm, m_auth, tr("Authen&tication:"));
    label(m_snmpForm, m_priv, tr("Pri&vacy:"));
    label(m_snmpForm, m_snmpTimeout, tr("T&imeout:"));
    m_modbusBox->setTitle(tr("Modbus settings"));
    label(m_modbusForm, m_unitId, tr("&Unit id:"));
    label(m_modbusForm, m_map, tr("&Register map:"));
    label(m_modbusForm, m_modbusTimeout, tr("T&imeout:"));
    for (QSpinBox *t : {m_snmpTimeout, m_modbusTimeout}) {
        t->setSuffix(tr(" ms"));
        t->setSpecialValueText(tr("Default"));
    }
    m_name->setPlaceholderText(tr("For example: UPS 1"));
    m_model->setPlaceholderText(tr("Manufacturer and model, optional"));
    m_serial->setPlaceholderText(tr("From the device's label, optional"));
    m_user->setPlaceholderText(tr("The SNMPv3 user (security name)"));
    m_secretsNote->setText(tr("The community and the passphrases are not stored with the device: "
                              "they are asked for when a check reads it, and kept in memory "
                              "only."));
    fillCombos();
    updateProtocolUi();
    updateMapNote();
}

void DeviceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DeviceDialog::updateProtocolUi()
{
    const auto protocol = api::deviceProtocolFromName(m_protocol->currentData().toString())
                              .value_or(api::DeviceProtocol::None);
    m_snmpBox->setVisible(protocol == api::DeviceProtocol::Snmp);
    m_modbusBox->setVisible(isModbus(protocol));
    m_secretsNote->setVisible(protocol == api::DeviceProtocol::Snmp);
    m_address->setEnabled(protocol != api::DeviceProtocol::None && !m_busy);
    switch (protocol) {
    case api::DeviceProtocol::None: m_address->setPlaceholderText(tr("Not needed")); break;
    case api::DeviceProtocol::Snmp:
        m_address->setPlaceholderText(tr("host or host:port, e.g. 192.168.1.20 (port 161)"));
        break;
    case api::DeviceProtocol::ModbusTcp:
        m_address->setPlaceholderText(tr("host or host:port, e.g. 192.168.1.30:502"));
        break;
    case api::DeviceProtocol::ModbusRtu:
        m_address->setPlaceholderText(tr("Serial device, e.g. /dev/ttyUSB0"));
        break;
    }
    const bool v3 = m_snmpVersion->currentData().toString() == QLatin1String("3");
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_auth),
                       static_cast<QWidget *>(m_priv)}) {
        w->setVisible(v3);
        if (QWidget *l = m_snmpForm->labelForField(w))
            l->setVisible(v3);
    }
    if (layout())
        layout()->activate();
}

void DeviceDialog::updateMapNote()
{
    const QString id = m_map->currentData().toString();
    QString note;
    if (id == kCustom) {
        note = m_customMap.isEmpty()
                   ? tr("No map loaded yet: choose this entry again to pick a JSON file.")
                   : tr("%n register(s) from \"%1\".", nullptr,
                        int(m_customMap.value(QStringLiteral("entries")).toArray().size()))
                         .arg(m_customMapSource);
    } else if (const auto preset = modbus::registerMapPreset(id)) {
        note = tr("%n register(s); source: %1", nullptr, int(preset->map.entries.size()))
                   .arg(preset->source);
        if (preset->confidence != api::Confidence::High)
            note += QLatin1Char(' ')
                    + tr("Not read from the vendor's manual: compare the first reading with the "
                         "sensor's display.");
    } else if (!id.isEmpty()) {
        note = tr("This console does not know the preset \"%1\"; it is kept as it is.").arg(id);
    }
    m_mapNote->setText(note);
    m_mapNote->setVisible(!note.isEmpty());
}

void DeviceDialog::mapChosen(int index)
{
    setFieldInvalid(m_map, false);
    if (m_map->itemData(index).toString() != kCustom) {
        m_lastMapIndex = index;
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Register Map"), QString(),
                                                      tr("Register maps (*.json);;All files (*)"));
    if (path.isEmpty()) {
        if (m_customMap.isEmpty())
            m_map->setCurrentIndex(m_lastMapIndex);
        return;
    }
    (void)loadRegisterMapFile(path);
}

api::Result<void> DeviceDialog::loadRegisterMapFile(const QString &path)
{
    QFile file(path);
    api::Result<void> result;
    if (!file.open(QIODevice::ReadOnly)) {
        result = api::fail(api::Code::BadInput,
                           tr("Could not read %1: %2").arg(path, file.errorString()), {},
                           settingField(kRegisterMap));
    } else if (file.size() > 4 * 1024 * 1024) {
        result =
            api::fail(api::Code::BadInput,
                      tr("%1 is larger than 4 MiB; a register map is a small JSON file.").arg(path),
                      {}, settingField(kRegisterMap));
    } else if (auto map = modbus::parseRegisterMap(file.readAll(), path); !map) {
        api::Error e = map.error();
        e.field = settingField(kRegisterMap);
        result = std::unexpected(e);
    } else {
        m_customMap = QJsonDocument::fromJson(modbus::registerMapToJson(*map)).object();
        m_customMapSource = QFileInfo(path).fileName();
    }
    if (!result)
        m_customMap = {}; // a failed load leaves no map: the form refuses to save until one loads
    fillCombos();
    m_map->setCurrentIndex(customMapIndex());
    m_lastMapIndex = customMapIndex();
    updateMapNote();
    if (!result)
        showError(result.error());
    else
        clearErrors();
    return result;
}

QWidget *DeviceDialog::fieldWidget(const QString &field) const
{
    if (field == settingField(kTimeout))
        return m_protocol->currentData().toString()
                       == api::deviceProtocolName(api::DeviceProtocol::Snmp)
                   ? m_snmpTimeout
                   : m_modbusTimeout;
    if (field.startsWith(settingField(kRegisterMap)))
        return m_map;
    return m_fields.value(field);
}

QString DeviceDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

api::Result<api::Device> DeviceDialog::deviceFromForm() const
{
    api::Device d = m_original;
    d.cabinetId = m_cabinet->currentData().toString();
    d.name = m_name->text().trimmed();
    const auto kind = api::deviceKindFromName(m_kind->currentData().toString());
    if (!kind)
        return api::fail(api::Code::Validation, tr("Choose the kind of device."), {}, kKind);
    d.kind = *kind;
    d.model = m_model->text().trimmed();
    d.serial = m_serial->text().trimmed();
    const auto protocol = api::deviceProtocolFromName(m_protocol->currentData().toString());
    if (!protocol)
        return api::fail(api::Code::Validation, tr("Choose how the device is reached."), {},
                         kProtocol);
    d.protocol = *protocol;
    d.address = d.protocol == api::DeviceProtocol::None ? QString() : m_address->text().trimmed();

    QJsonObject s;
    if (d.protocol == api::DeviceProtocol::Snmp) {
        const QString version = m_snmpVersion->currentData().toString();
        s.insert(kSnmpVersion, version);
        if (version == QLatin1String("3")) {
            s.insert(kUser, m_user->text().trimmed());
            s.insert(kAuth, m_auth->currentData().toString());
            s.insert(kPriv, m_priv->currentData().toString());
        }
        if (m_snmpTimeout->value() > 0)
            s.insert(kTimeout, m_snmpTimeout->value());
    } else if (isModbus(d.protocol)) {
        s.insert(kUnitId, m_unitId->value());
        const QString map = m_map->currentData().toString();
        if (map == kCustom) {
            if (m_customMap.isEmpty())
                return api::fail(api::Code::Validation,
                                 tr("Load a register map from a JSON file, or choose a preset."),
                                 {}, settingField(kRegisterMap));
            s.insert(kRegisterMap, m_customMap);
        } else if (!map.isEmpty()) {
            s.insert(kPreset, map);
        }
        if (m_modbusTimeout->value() > 0)
            s.insert(kTimeout, m_modbusTimeout->value());
    }
    d.settings = s;
    if (auto valid = api::validate(d); !valid)
        return std::unexpected(valid.error());
    return d;
}

void DeviceDialog::clearErrors()
{
    for (QWidget *w : std::as_const(m_fields))
        setFieldInvalid(w, false);
    for (QWidget *w : {m_snmpTimeout, m_modbusTimeout})
        setFieldInvalid(w, false);
    showFormError(m_error, {});
}

void DeviceDialog::showError(const api::Error &error)
{
    clearErrors();
    const QString message = saveErrorText(
        error,
        tr("Someone else changed this device after you opened it. Close this dialog "
           "and open it again to see their changes."),
        tr("You may not change devices: your role only allows viewing. (%1)").arg(error.message));
    showSaveError(m_error, fieldWidget(error.field), message);
}

void DeviceDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_snmpBox), static_cast<QWidget *>(m_modbusBox)})
        w->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_cabinet), static_cast<QWidget *>(m_name),
                       static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_model),
                       static_cast<QWidget *>(m_serial), static_cast<QWidget *>(m_protocol)})
        w->setEnabled(!busy);
    updateProtocolUi();
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void DeviceDialog::submit()
{
    if (m_busy)
        return;
    auto device = deviceFromForm();
    if (!device) {
        showError(device.error());
        return;
    }
    clearErrors();
    const bool sent = saveRecord(this, m_inventory, device->toRecord(),
                                 m_mode == Mode::Edit ? std::optional(m_original.toRecord())
                                                      : std::nullopt,
                                 [this](api::Result<api::Record> result) {
                                     setBusy(false);
                                     if (!result) {
                                         showError(result.error());
                                         return;
                                     }
                                     Q_EMIT saved(*result);
                                     QDialog::accept();
                                 });
    if (sent)
        setBusy(true);
    else
        QDialog::accept(); // an edit that changed nothing
}

} // namespace edge::widgets
