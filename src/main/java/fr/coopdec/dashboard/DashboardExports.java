package fr.coopdec.dashboard;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.coopdec.shared.CsvCells;
import fr.coopdec.shared.DateFormats;
import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.dashboard.DashboardAlert;
import fr.coopdec.shared.dashboard.KeyFigure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The dashboard as files: its figures as CSV (UTF-8 with BOM and « ; », as French spreadsheets
 * expect), and a one-page PDF summary for an ambassador's briefing.
 */
@Component
public class DashboardExports {

    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();
    private static final int ALERTS_IN_PDF = 8;

    public byte[] figuresCsv(Dashboard dashboard, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            writer.write('\uFEFF');
            CsvCells.printRecord(
                    csv,
                    t("dashboard.csv.perimetre", locale),
                    t("dashboard.csv.indicateur", locale),
                    t("dashboard.csv.valeur", locale),
                    t("dashboard.csv.unite", locale));
            String scope = scopeLabel(dashboard, locale);
            for (KeyFigure figure : dashboard.figures()) {
                CsvCells.printRecord(
                        csv,
                        scope,
                        t(figure.labelKey(), locale),
                        figure.value().toPlainString(),
                        t("dashboard.unit." + figure.unit().name(), locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One A4 page: the figures, then the oldest alerts. */
    public byte[] summaryPdf(Dashboard dashboard, Locale locale, LocalDate today) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(t("dashboard.pdf.title", locale, scopeLabel(dashboard, locale)));
            document.open();
            document.add(new Paragraph(
                    t("dashboard.pdf.title", locale, scopeLabel(dashboard, locale)),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
            document.add(new Paragraph(
                    t("dashboard.pdf.date", locale, today.format(DateFormats.date(locale))),
                    FontFactory.getFont(FontFactory.HELVETICA, 9)));
            PdfPTable table = new PdfPTable(new float[] {3, 1});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            for (KeyFigure figure : dashboard.figures()) {
                table.addCell(new Paragraph(t(figure.labelKey(), locale), body));
                table.addCell(new Paragraph(format(figure, locale), body));
            }
            document.add(table);
            document.add(new Paragraph(
                    t("dashboard.alerts.title", locale), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
            dashboard.alerts().stream().limit(ALERTS_IN_PDF).forEach(alert -> add(document, alert, locale, body));
            if (dashboard.alerts().isEmpty()) {
                document.add(new Paragraph(t("dashboard.alerts.none", locale), body));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    public static String format(KeyFigure figure, Locale locale) {
        if (figure.unit() == KeyFigure.Unit.EUROS) {
            NumberFormat euros = NumberFormat.getCurrencyInstance(locale);
            euros.setCurrency(Currency.getInstance("EUR"));
            euros.setMaximumFractionDigits(0);
            return euros.format(figure.value());
        }
        return NumberFormat.getIntegerInstance(locale).format(figure.value());
    }

    public static String scopeLabel(Dashboard dashboard, Locale locale) {
        return dashboard.scopeLabel() != null ? dashboard.scopeLabel() : t("dashboard.scope.all", locale);
    }

    private static void add(Document document, DashboardAlert alert, Locale locale, Font font) {
        document.add(new Paragraph(
                "• " + t(alert.kindKey(), locale) + " — " + alert.subject()
                        + (alert.owner() == null ? "" : " (" + alert.owner() + ")")
                        + " — "
                        + t("dashboard.alerts.since", locale, alert.since().format(DateFormats.date(locale))),
                font));
    }

    private static String t(String key, Locale locale, Object... params) {
        return TranslationProvider.translate(key, locale, params);
    }
}
