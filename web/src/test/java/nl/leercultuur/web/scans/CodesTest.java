package nl.leercultuur.web.scans;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodesTest {

    static final String L = "http://localhost:8080/respond?code=";

    @Test
    void carriedCodesComeBackPairedWithTheirLinks() {
        List<Codes.Code> c = Codes.read(List.of("AAAA-BBBB-CCCC", "DDDD-EEEE-FFFF"),
                List.of(L + "AAAA-BBBB-CCCC", "https://lc.example.nl/respond/DDDD-EEEE-FFFF"));
        assertEquals(2, c.size());
        assertEquals("DDDD-EEEE-FFFF", c.get(1).code());
        assertEquals("https://lc.example.nl/respond/DDDD-EEEE-FFFF", c.get(1).link());
    }

    @Test
    void anythingElseIsRefusedAsAWhole() {
        assertTrue(Codes.read(null, null).isEmpty());
        assertTrue(Codes.read(List.of(), List.of()).isEmpty());
        assertTrue(Codes.read(List.of("AAAA-BBBB-CCCC"), List.of()).isEmpty(), "pairs only");
        assertTrue(Codes.read(List.of("aaaa-bbbb-cccc"), List.of(L + "aaaa-bbbb-cccc")).isEmpty(), "the API's shape");
        assertTrue(Codes.read(List.of("AAAA-BBBB-CCCC"), List.of("javascript:alert(1)//AAAA-BBBB-CCCC")).isEmpty());
        assertTrue(Codes.read(List.of("AAAA-BBBB-CCCC"), List.of(L + "DDDD-EEEE-FFFF")).isEmpty(), "the link names the code");
        assertTrue(Codes.read(List.of("AAAA-BBBB-CCCC"), List.of("http://x\"><script>/AAAA-BBBB-CCCC")).isEmpty());
        List<String> many = new ArrayList<>(Collections.nCopies(Codes.MAX + 1, "AAAA-BBBB-CCCC"));
        assertTrue(Codes.read(many, many.stream().map(x -> L + x).toList()).isEmpty());
    }

    @Test
    void slipsInSheetsOfTen() {
        List<Integer> slips = IntStream.range(0, 23).boxed().toList();
        List<List<Integer>> sheets = Codes.sheets(slips);
        assertEquals(3, sheets.size());
        assertEquals(10, sheets.get(0).size());
        assertEquals(3, sheets.get(2).size());
        assertEquals(20, sheets.get(2).get(0));
        assertEquals(1, Codes.sheets(List.of(1)).size());
    }

    @Test
    void fileNamesFromTitles() {
        assertEquals("teamscan-psychologische-veiligheid-demo-codes.csv",
                Codes.fileName("Teamscan psychologische veiligheid (demo)", "-codes.csv"));
        assertEquals("een-reeen-codes.csv", Codes.fileName("Één \"reeën\"", "-codes.csv"));
        assertEquals("scan-codes.csv", Codes.fileName("!!!", "-codes.csv"));
        assertTrue(Codes.fileName("a".repeat(100), ".csv").length() <= 64);
    }
}
