#pragma once

// One of the dialogs that add to a survey from the console (issue 4). It gets the inventory
// (embedded or remote hub) and the survey, stores what it adds itself through
// survey::addSurveyItem (so edgectl and the console store the same payloads), and deletes itself
// when closed (WA_DeleteOnClose). The Survey page opens it.
//
// Measure noise with a microphone (Qt Multimedia; the input device chosen from
// QMediaDevices::audioInputs(); says plainly when there is none), a live level meter (LAF, LAS
// from acoustics::NoiseAnalyzer::meter) and a level-versus-time chart; Start / Stop; conditions
// (day/night, night events, near a sensitive building, machine room); calibration with a sound
// calibrator (94 or 114 dB at 1 kHz) kept per microphone in the console's settings and applied to
// every later measurement with that microphone (uncalibrated results say dBFS, AES17). Save
// stores a noise item; a successful calibration is stored at once as a calibration item
// {"microphone", "description", "calibrator_db", "offset_db", "measured_at", "frequency_hz"}.
#include "backend/api/inventory.h"
#include "backend/api/surveyrecord.h"

#include <QDialog>
#include <memory>

class QIODevice;

namespace edge::widgets {

class NoiseMeasureDialog : public QDialog {
    Q_OBJECT
public:
    NoiseMeasureDialog(std::shared_ptr<api::Inventory> inventory, const api::Survey &survey,
                       QWidget *parent = nullptr);
    ~NoiseMeasureDialog() override;

    // Tests and machines without a microphone: measure from `device` (raw interleaved PCM,
    // signed integers of `bitsPerSample` 16 or 32, e.g. a QFile or QBuffer holding a
    // sox-generated signal) instead of an audio input, as the microphone named `microphone`.
    // Takes ownership of `device`.
    void useInputDevice(QIODevice *device, int sampleRate, int channels, int bitsPerSample,
                        const QString &microphone);
    // Asks first while a measurement or a calibration is running.
    void reject() override;

Q_SIGNALS:
    void itemAdded(const edge::api::SurveyItem &item);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::widgets
