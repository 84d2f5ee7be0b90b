#pragma once

// A small but complete PDF made byte by byte (backend/seal links no Qt Gui, so no QPdfWriter
// here; tests/cli/tst_cli_report_verify.cpp seals a QPdfWriter document): one page per entry of
// `pages`, Helvetica text, a correct cross-reference table, so pdftotext and pdfinfo read it.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace edge::seal::testing {

// For QVERIFY2 messages (Qt 6.4 evaluates the message even when the check passes).
template<class R>
QString errorText(const R &result)
{
    return result ? QString() : result.error().toString();
}

inline QByteArray makePdf(const QStringList &pages)
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int n = int(pages.size());
    // 1: catalog, 2: pages, 3: font, then per page: page, content.
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int i = 0; i < n; ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(n) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < n; ++i) {
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
               "3 0 R >> >> /Contents "
               + QByteArray::number(5 + 2 * i) + " 0 R >>");
        QByteArray text = pages.at(i).toLatin1();
        text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        const QByteArray stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
        object("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream
               + "\nendstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace edge::seal::testing
