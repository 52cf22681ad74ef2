package nl.leercultuur.web.scans;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The codes download, as a spreadsheet or a mail merge reads it. */
class CodesCsvTest {

    @Test
    void theCodesFileHasAHeaderAndOneLinePerCode() {
        String csv = Codes.csv(List.of(new Codes.Code("AAAA-BBBB-CCCC", "http://localhost:8080/respond?code=AAAA-BBBB-CCCC"),
                new Codes.Code("DDDD-EEEE-FFFF", "http://localhost:8080/respond?code=DDDD-EEEE-FFFF")));
        assertEquals("code,link\r\n"
                + "AAAA-BBBB-CCCC,http://localhost:8080/respond?code=AAAA-BBBB-CCCC\r\n"
                + "DDDD-EEEE-FFFF,http://localhost:8080/respond?code=DDDD-EEEE-FFFF\r\n", csv);
    }
}
