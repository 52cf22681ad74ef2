package nl.leercultuur.platform.csv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvCellsTest {

    @Test
    void textThatASpreadsheetWouldRunIsDefused() {
        assertEquals("'=HYPERLINK(\"http://evil\",\"klik\")", CsvCells.cell("=HYPERLINK(\"http://evil\",\"klik\")"));
        assertEquals("'+31 10 123", CsvCells.cell("+31 10 123"));
        assertEquals("'-1+1", CsvCells.cell("-1+1"));
        assertEquals("'@SUM(A1)", CsvCells.cell("@SUM(A1)"));
        assertEquals("'\tcmd", CsvCells.cell("\tcmd"));
    }

    @Test
    void ordinaryTextAndNumbersStayAsTheyAre() {
        assertArrayEquals(new Object[]{"Afdeling 3 (IC)", -0.42, 12, null, ""}, CsvCells.of("Afdeling 3 (IC)", -0.42, 12, null, ""));
    }
}
