package nl.leercultuur.web.scans;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    @Test
    void plainFieldsAreWrittenAsTheyAreAndRecordsEndWithCrLf() {
        assertEquals("code,link\r\nK7QW-3MZX-9HTD,https://x.nl/respond?code=K7QW-3MZX-9HTD\r\n",
                new CsvWriter().record("code", "link").record("K7QW-3MZX-9HTD", "https://x.nl/respond?code=K7QW-3MZX-9HTD").toString());
    }

    @Test
    void fieldsWithACommaAQuoteOrALineBreakAreQuotedAndQuotesDoubled() {
        assertEquals("\"a,b\"", CsvWriter.field("a,b"));
        assertEquals("\"zeg \"\"hallo\"\"\"", CsvWriter.field("zeg \"hallo\""));
        assertEquals("\"twee\r\nregels\"", CsvWriter.field("twee\r\nregels"));
        assertEquals("\"een\nregel\"", CsvWriter.field("een\nregel"));
        assertEquals("\"cr\rx\"", CsvWriter.field("cr\rx"));
        assertEquals("met spatie ", CsvWriter.field("met spatie "), "spaces are data, not a reason to quote");
        assertEquals("ë ü – ‘x’", CsvWriter.field("ë ü – ‘x’"));
    }

    @Test
    void emptyAndMissingFieldsAreEmpty() {
        assertEquals(",,x\r\n", new CsvWriter().record(Arrays.asList("", null, "x")).toString());
        assertEquals("\r\n", new CsvWriter().record(List.of()).toString());
    }

    @Test
    void theCodesFileHasAHeaderAndOneLinePerCode() {
        String csv = Codes.csv(List.of(new Codes.Code("AAAA-BBBB-CCCC", "http://localhost:8080/respond?code=AAAA-BBBB-CCCC"),
                new Codes.Code("DDDD-EEEE-FFFF", "http://localhost:8080/respond?code=DDDD-EEEE-FFFF")));
        assertEquals("code,link\r\n"
                + "AAAA-BBBB-CCCC,http://localhost:8080/respond?code=AAAA-BBBB-CCCC\r\n"
                + "DDDD-EEEE-FFFF,http://localhost:8080/respond?code=DDDD-EEEE-FFFF\r\n", csv);
    }
}
