// CSV import of readings: parser (fuzzed by tests/tst_survey_csv_fuzz.cpp).
#include "backend/survey/readingscsv.h"

#include "backend/api/csvline.h"
#include "backend/api/limitset.h"
#include "backend/survey/surveytr.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace edge::survey {

using api::Code;
using api::Result;

namespace {

constexpr qsizetype kMaxLine = 4096;
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

using Field = api::CsvField;

enum class Column { Ignored, Date, Time, Temperature, Humidity, Source };

class CsvError {
public:
    CsvError(QString fileName)
        : m_file(std::move(fileName))
    {}

    std::unexpected<api::Error> at(int line, int column, QString what, const QString &todo) const
    {
        if (what.endsWith(u'.'))
            what.chop(1);
        return api::fail(
            Code::BadInput,
            Tr::tr("%1 line %2 column %3: %4. %5").arg(m_file).arg(line).arg(column).arg(what, todo),
            QStringLiteral("csv %1 %2:%3").arg(m_file).arg(line).arg(column),
            QStringLiteral("%1:%2").arg(line).arg(column));
    }

private:
    QString m_file;
};

// Offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned minCode = 0;
        unsigned code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minCode = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minCode = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minCode = 0x10000;
            code = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < minCode || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// Splits one line into fields ("..." quoting, "" = a quote inside quotes).
Result<QList<Field>> splitLine(const QString &line, QChar sep, int lineNo, const CsvError &err)
{
    auto split = api::splitCsvLine(line, {sep, true});
    if (split)
        return std::move(*split);
    const int column = split.error().column;
    switch (split.error().kind) {
    case api::CsvLineProblem::UnclosedQuote:
        return err.at(lineNo, column, Tr::tr("the quote is not closed"),
                      Tr::tr("Close the quote or remove it (a value cannot span lines)."));
    case api::CsvLineProblem::TextAfterQuotedField:
        return err.at(lineNo, column,
                      Tr::tr("a separator or the end of the line must follow a quoted value"),
                      Tr::tr("Put the whole value inside the quotes."));
    case api::CsvLineProblem::QuoteInUnquotedField:
        return err.at(lineNo, column, Tr::tr("a quote inside an unquoted value"),
                      Tr::tr("Quote the whole value and double the inner quote (\"\")."));
    }
    return std::move(*split);
}

// The separator the header uses: the most frequent of ',', ';' and tab outside quotes.
QChar detectSeparator(const QString &header)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : header) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

// "Temperature (°C)" -> name "temperature", unit "°c".
void normalizeHeader(const QString &text, QString *name, QString *unit)
{
    QString n;
    QString u;
    int depth = 0;
    for (QChar c : text.toLower()) {
        if (c == u'(' || c == u'（' || c == u'[' || c == u'【') {
            ++depth;
            continue;
        }
        if (c == u')' || c == u'）' || c == u']' || c == u'】') {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (depth > 0) {
            if (!c.isSpace())
                u += c;
            continue;
        }
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'/')
            continue;
        n += c;
    }
    *name = n;
    *unit = u;
}

bool isFahrenheitUnit(const QString &unit)
{
    return unit == u"°f" || unit == u"℉" || unit == u"f" || unit == u"degf";
}

// Which column a header names, and whether it is a refused unit.
Column columnFor(const QString &text, bool *fahrenheit)
{
    static const QStringList time = {QStringLiteral("time"),     QStringLiteral("timestamp"),
                                     QStringLiteral("datetime"), QStringLiteral("时间"),
                                     QStringLiteral("日期时间"), QStringLiteral("采集时间"),
                                     QStringLiteral("记录时间"), QStringLiteral("时间戳")};
    static const QStringList date = {QStringLiteral("date"), QStringLiteral("日期")};
    static const QStringList temperature =
        {QStringLiteral("temperature"),   QStringLiteral("temp"),  QStringLiteral("temperaturec"),
         QStringLiteral("tempc"),         QStringLiteral("温度"),  QStringLiteral("环境温度"),
         QStringLiteral("temperature°c"), QStringLiteral("温度℃"), QStringLiteral("温度°c")};
    static const QStringList temperatureF = {QStringLiteral("temperaturef"),
                                             QStringLiteral("tempf"),
                                             QStringLiteral("temperature°f"),
                                             QStringLiteral("温度℉")};
    static const QStringList humidity = {QStringLiteral("humidity"),
                                         QStringLiteral("rh"),
                                         QStringLiteral("relativehumidity"),
                                         QStringLiteral("humidityrh"),
                                         QStringLiteral("humidity%"),
                                         QStringLiteral("rh%"),
                                         QStringLiteral("湿度"),
                                         QStringLiteral("相对湿度"),
                                         QStringLiteral("湿度%"),
                                         QStringLiteral("湿度%rh")};
    static const QStringList source = {QStringLiteral("source"), QStringLiteral("sensor"),
                                       QStringLiteral("device"), QStringLiteral("来源"),
                                       QStringLiteral("传感器"), QStringLiteral("设备")};
    QString name;
    QString unit;
    normalizeHeader(text, &name, &unit);
    *fahrenheit = false;
    if (time.contains(name))
        return Column::Time;
    if (date.contains(name))
        return Column::Date;
    if (temperatureF.contains(name)) {
        *fahrenheit = true;
        return Column::Temperature;
    }
    if (temperature.contains(name)) {
        *fahrenheit = isFahrenheitUnit(unit);
        return Column::Temperature;
    }
    if (humidity.contains(name))
        return Column::Humidity;
    if (source.contains(name))
        return Column::Source;
    return Column::Ignored;
}

// Milliseconds since the epoch, or nullopt when the text is not a time we accept.
std::optional<qint64> parseTime(const QString &text, int defaultOffsetSeconds)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:T|\\s+)(\\d{1,2}):(\\d{2})"
                       "(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7))
        ms = QStringView(m.captured(7)).left(3).toString().leftJustified(3, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.hasCaptured(6) ? m.captured(6).toInt() : 0, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = defaultOffsetSeconds;
    if (m.hasCaptured(8)) {
        const QString z = m.captured(8);
        if (z == u"Z") {
            offset = 0;
        } else {
            const QString digits = z.mid(1).remove(u':');
            const int hours = digits.left(2).toInt();
            const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
            if (hours > 14 || minutes > 59)
                return std::nullopt;
            offset = (hours * 3600 + minutes * 60) * (z.startsWith(u'-') ? -1 : 1);
        }
    }
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - qint64(offset) * 1000;
}

// A number with an optional unit suffix (stripped), decimal comma when allowed.
std::optional<double> parseNumber(QString text, bool decimalComma, const QStringList &suffixes)
{
    for (const QString &s : suffixes) {
        if (text.endsWith(s, Qt::CaseInsensitive)) {
            text.chop(s.size());
            text = text.trimmed();
            break;
        }
    }
    if (decimalComma && text.count(u',') == 1 && !text.contains(u'.'))
        text.replace(u',', u'.');
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

Result<QList<Reading>> parseReadingsCsv(const QByteArray &input, const ReadingsCsvOptions &options)
{
    const QString fileName = options.fileName.isEmpty() ? QStringLiteral("readings.csv")
                                                        : options.fileName;
    const CsvError err(fileName);
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        const auto [line, column] = api::lineColumnAt(data, bad);
        return err.at(line, column, Tr::tr("the file is not UTF-8 text"),
                      Tr::tr("Save it as \"CSV UTF-8\" (a spreadsheet on Chinese Windows "
                             "saves GBK by default) and import it again."));
    }
    if (data.contains('\0')) {
        const auto [line, column] = api::lineColumnAt(data, data.indexOf('\0'));
        return err.at(line, column, Tr::tr("the file contains a NUL byte"),
                      Tr::tr("Import the CSV text file, not a spreadsheet or binary file."));
    }

    const QString text = QString::fromUtf8(data);
    const QStringList lines = text.split(u'\n');
    const QString source = options.defaultSource.isEmpty() ? fileName : options.defaultSource;

    QList<Reading> readings;
    QList<Column> columns;
    QChar sep = u',';
    int dateColumn = -1, timeColumn = -1, temperatureColumn = -1, humidityColumn = -1,
        sourceColumn = -1;
    int headerLine = 0;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNo = int(index) + 1;
        QString line = lines.at(index);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.size() > kMaxLine)
            return err.at(lineNo, int(kMaxLine) + 1,
                          Tr::tr("the line is longer than %1 characters").arg(kMaxLine),
                          Tr::tr("Check that this is a readings file with one reading per "
                                 "line."));
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;

        if (headerLine == 0) {
            headerLine = lineNo;
            sep = detectSeparator(line);
            auto fields = splitLine(line, sep, lineNo, err);
            if (!fields)
                return std::unexpected(fields.error());
            for (int i = 0; i < fields->size(); ++i) {
                const Field &f = fields->at(i);
                bool fahrenheit = false;
                const Column c = columnFor(f.text, &fahrenheit);
                if (fahrenheit)
                    return err.at(lineNo, f.column,
                                  Tr::tr("temperatures in Fahrenheit are not supported"),
                                  Tr::tr("Convert the column to °C and import the file again."));
                int *slot = c == Column::Date          ? &dateColumn
                            : c == Column::Time        ? &timeColumn
                            : c == Column::Temperature ? &temperatureColumn
                            : c == Column::Humidity    ? &humidityColumn
                            : c == Column::Source      ? &sourceColumn
                                                       : nullptr;
                if (slot && *slot >= 0)
                    return err.at(lineNo, f.column,
                                  Tr::tr("the column \"%1\" repeats an earlier column").arg(f.text),
                                  Tr::tr("Keep one column for each quantity (rename or delete "
                                         "the other)."));
                if (slot)
                    *slot = i;
                columns.append(c);
            }
            // A date column alone holds date and time; beside a time column, the date part.
            if (timeColumn < 0) {
                timeColumn = dateColumn;
                dateColumn = -1;
            }
            if (timeColumn < 0 || temperatureColumn < 0)
                return err.at(lineNo, 1,
                              timeColumn < 0 ? Tr::tr("the header has no time column")
                                             : Tr::tr("the header has no temperature column"),
                              Tr::tr("The first line must name the columns, e.g. "
                                     "\"time,temperature,humidity\" or \"时间,温度,湿度\"."));
            continue;
        }

        auto fields = splitLine(line, sep, lineNo, err);
        if (!fields)
            return std::unexpected(fields.error());
        // Trailing empty cells (a spreadsheet's stray separators) are harmless.
        while (fields->size() > columns.size() && fields->last().text.isEmpty())
            fields->removeLast();
        if (fields->size() > columns.size())
            return err.at(lineNo, fields->at(columns.size()).column,
                          Tr::tr("the line has %1 values but the header names %2 columns")
                              .arg(fields->size())
                              .arg(columns.size()),
                          Tr::tr("Remove the extra values or quote a value that contains "
                                 "\"%1\".")
                              .arg(sep == u'\t' ? QStringLiteral("\\t") : QString(sep)));
        const auto required = std::max({timeColumn, temperatureColumn, dateColumn});
        if (fields->size() <= required)
            return err.at(lineNo, int(line.size()) + 1,
                          Tr::tr("the line has %1 values but the header names %2 columns")
                              .arg(fields->size())
                              .arg(columns.size()),
                          Tr::tr("Fill in the missing values (time and temperature are "
                                 "required)."));
        if (readings.size() >= options.maxRows)
            return err.at(lineNo, 1,
                          Tr::tr("the file has more than %1 readings").arg(options.maxRows),
                          Tr::tr("Split the file or thin it out (one reading a minute is "
                                 "plenty)."));

        const bool decimalComma = sep != u',';
        Reading r;
        r.source = source;
        Field tf = fields->at(timeColumn);
        if (dateColumn >= 0) {
            const Field &df = fields->at(dateColumn);
            tf = Field{df.text + u' ' + tf.text, std::min(df.column, tf.column)};
        }
        const auto t = parseTime(tf.text.trimmed(), options.utcOffsetSeconds);
        if (!t)
            return err.at(lineNo, tf.column,
                          tf.text.trimmed().isEmpty()
                              ? Tr::tr("the time is empty")
                              : Tr::tr("\"%1\" is not a time").arg(tf.text.trimmed()),
                          Tr::tr("Write times as 2026-11-25 14:05:00 or in ISO 8601 "
                                 "(2026-11-25T14:05:00+08:00)."));
        r.timestampMs = *t;
        const Field &cf = fields->at(temperatureColumn);
        if (cf.text.endsWith(u"℉") || cf.text.endsWith(QStringLiteral("°F"), Qt::CaseInsensitive))
            return err.at(lineNo, cf.column, Tr::tr("the temperature is in Fahrenheit"),
                          Tr::tr("Convert the column to °C and import the file again."));
        const auto c = parseNumber(cf.text, decimalComma,
                                   {QStringLiteral("°C"), QStringLiteral("℃"), QStringLiteral("C")});
        if (!c)
            return err.at(lineNo, cf.column,
                          cf.text.isEmpty() ? Tr::tr("the temperature is empty")
                                            : Tr::tr("\"%1\" is not a temperature").arg(cf.text),
                          decimalComma ? Tr::tr("Write a number in °C, such as 23.5 or 23,5.")
                                       : Tr::tr("Write a number in °C, such as 23.5."));
        r.temperatureC = *c;
        if (humidityColumn >= 0 && humidityColumn < fields->size()
            && !fields->at(humidityColumn).text.isEmpty()) {
            const Field &hf = fields->at(humidityColumn);
            const auto h = parseNumber(hf.text, decimalComma,
                                       {QStringLiteral("%RH"), QStringLiteral("%")});
            if (!h)
                return err.at(lineNo, hf.column,
                              Tr::tr("\"%1\" is not a relative humidity").arg(hf.text),
                              Tr::tr("Write a number in %, such as 45 or 45.5, or leave the cell "
                                     "empty."));
            r.humidityRH = *h;
        }
        if (sourceColumn >= 0 && sourceColumn < fields->size()
            && !fields->at(sourceColumn).text.isEmpty())
            r.source = fields->at(sourceColumn).text;
        if (auto valid = validate(r); !valid) {
            const QString &field = valid.error().field;
            const int column = field == u"humidityRH"    ? fields->at(humidityColumn).column
                               : field == u"timestampMs" ? tf.column
                                                         : cf.column;
            return err.at(lineNo, column, valid.error().message,
                          Tr::tr("Correct the value or delete the line."));
        }
        readings.append(r);
    }
    if (headerLine == 0)
        return err.at(1, 1, Tr::tr("the file is empty"),
                      Tr::tr("Export the readings with a header line (time,temperature,...)."));
    if (readings.isEmpty())
        return err.at(headerLine + 1, 1, Tr::tr("the file has a header but no readings"),
                      Tr::tr("Export the readings again, with at least one line of data."));
    std::stable_sort(readings.begin(), readings.end(), [](const Reading &a, const Reading &b) {
        return a.timestampMs < b.timestampMs;
    });
    return readings;
}

Result<QList<Reading>> loadReadingsCsv(const QString &path, ReadingsCsvOptions options)
{
    if (options.fileName.isEmpty() || options.fileName == u"readings.csv")
        options.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return api::fail(Code::BadInput,
                         Tr::tr("Cannot read %1: %2. Check the path and that you may read it.")
                             .arg(path, file.errorString()),
                         QStringLiteral("open %1").arg(path), QStringLiteral("file"));
    if (file.size() > kMaxFileBytes)
        return api::fail(Code::BadInput,
                         Tr::tr("%1 is larger than 256 MiB: split it or thin it out (one reading "
                                "a minute is plenty).")
                             .arg(options.fileName),
                         QStringLiteral("size %1").arg(file.size()), QStringLiteral("file"));
    return parseReadingsCsv(file.readAll(), options);
}

} // namespace edge::survey
