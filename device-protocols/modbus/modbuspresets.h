#pragma once

// Register maps of common temperature/humidity sensors, from
// ../shared/reference/standards/modbus_th_sensor_register_maps.csv, each with where it comes from
// and how sure that source is (HIGH: published with example frames; MEDIUM: a commonly cited
// vendor map not read from the vendor manual). The UI marks MEDIUM presets so the engineer checks
// the first reading against the sensor's display.

#include "backend/api/survey.h"
#include "device-protocols/modbus/registermap.h"

namespace edge::modbus {

struct RegisterMapPreset {
    QString id;    // stable key: "generic-th-holding", "xy-md02", "renke-rs-ws-n01"
    QString title; // translated
    RegisterMap map;
    int defaultUnitId = 1;
    int defaultBaud = 9600;
    QString source; // where the map comes from (not translated: a citation)
    api::Confidence confidence = api::Confidence::Medium;
};

QList<RegisterMapPreset> registerMapPresets();
// The preset with this id, or nothing.
std::optional<RegisterMapPreset> registerMapPreset(const QString &id);

} // namespace edge::modbus
