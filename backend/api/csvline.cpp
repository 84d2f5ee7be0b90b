#include "backend/api/csvline.h"

namespace edge::api {

std::expected<QList<CsvField>, CsvLineProblem> splitCsvLine(const QString &line,
                                                            const CsvLineOptions &options)
{
    const QChar sep = options.separator;
    // A tab is a blank unless it separates the fields.
    const auto blank = [sep](QChar c) { return c == u' ' || (c == u'\t' && sep != u'\t'); };
    QList<CsvField> fields;
    qsizetype i = 0;
    const qsizetype n = line.size();
    for (;;) {
        CsvField current{{}, int(i) + 1};
        while (i < n && blank(line.at(i)))
            ++i;
        if (i < n && line.at(i) == u'"') {
            const qsizetype quoteAt = i;
            ++i;
            bool closed = false;
            while (i < n) {
                if (line.at(i) == u'"') {
                    if (i + 1 < n && line.at(i + 1) == u'"') {
                        current.text += u'"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                current.text += line.at(i);
                ++i;
            }
            if (!closed)
                return std::unexpected(
                    CsvLineProblem{CsvLineProblem::UnclosedQuote, int(quoteAt) + 1});
            while (i < n && blank(line.at(i)))
                ++i;
            if (i < n && line.at(i) != sep)
                return std::unexpected(
                    CsvLineProblem{CsvLineProblem::TextAfterQuotedField, int(i) + 1});
            if (options.trimQuoted)
                current.text = current.text.trimmed();
        } else {
            while (i < n && line.at(i) != sep) {
                if (line.at(i) == u'"')
                    return std::unexpected(
                        CsvLineProblem{CsvLineProblem::QuoteInUnquotedField, int(i) + 1});
                current.text += line.at(i);
                ++i;
            }
            current.text = current.text.trimmed();
        }
        fields.append(current);
        if (i >= n)
            break;
        ++i; // the separator
    }
    return fields;
}

} // namespace edge::api
