package fr.coopdec.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** CSV injection (OWASP): formulas are neutralised, numbers and ordinary text are not touched. */
class CsvCellsTest {

    @Test
    void cells_starting_like_a_formula_get_a_leading_apostrophe() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.neutralise("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralise("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralise("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(CsvCells.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void numbers_and_plain_text_are_left_alone() {
        assertThat(CsvCells.neutralise("-1500,00")).isEqualTo("-1500,00");
        assertThat(CsvCells.neutralise("+12.5")).isEqualTo("+12.5");
        assertThat(CsvCells.neutralise(new BigDecimal("-3"))).isEqualTo(new BigDecimal("-3"));
        assertThat(CsvCells.neutralise("Lyon – Porto-Novo")).isEqualTo("Lyon – Porto-Novo");
        assertThat(CsvCells.neutralise(null)).isNull();
        assertThat(CsvCells.neutralise("")).isEqualTo("");
    }

    @Test
    void a_printed_record_is_neutralised_and_restores_to_what_was_typed() throws Exception {
        StringWriter out = new StringWriter();
        CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
        CsvCells.printRecord(printer, 42, "=1+1", "Dakar");
        printer.flush();
        assertThat(out.toString()).isEqualTo("42;'=1+1;Dakar\r\n");
        assertThat(CsvCells.restore("'=1+1")).isEqualTo("=1+1");
        assertThat(CsvCells.restore("'Ouidah")).isEqualTo("'Ouidah");
    }
}
