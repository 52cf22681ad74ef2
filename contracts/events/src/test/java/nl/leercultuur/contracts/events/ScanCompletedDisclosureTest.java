package nl.leercultuur.contracts.events;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a consumer may keep of a completed scan, whatever the producer marked. */
class ScanCompletedDisclosureTest {

    static ScanCompleted.Dimension dim(String key, Boolean suppressed, Integer n, String mean) {
        return new ScanCompleted.Dimension(key, key, suppressed, n, mean == null ? null : new BigDecimal(mean),
                mean == null ? null : BigDecimal.ONE, null, null, null, null);
    }

    static ScanCompleted scan(int responses, boolean suppressed, List<ScanCompleted.Dimension> dims) {
        return new ScanCompleted("5f1c2a4e-1b7d-4c1e-9a55-3d0a1b2c3d4e", "laurens", "Laurens", "elderly-care", "Rotterdam",
                null, "Scan", new ScanCompleted.Instrument("team-psychological-safety", 1, null), null,
                OffsetDateTime.parse("2027-03-15T17:00:00Z"), responses, null, null, 5, suppressed, null, dims, null);
    }

    @Test
    void aScanBelowItsThresholdGivesNothingEvenWhenNotMarkedSuppressed() {
        ScanCompleted forged = scan(4, false, List.of(dim("a", null, 4, "3.0")));
        assertTrue(forged.belowThreshold());
        assertEquals(List.of(), forged.disclosedDimensions());
        assertTrue(scan(9, true, List.of(dim("a", null, 9, "3.0"))).belowThreshold());
    }

    @Test
    void onlyDimensionsAnsweredByTheThresholdAndNotWithheldKeepFigures() {
        ScanCompleted s = scan(9, false, List.of(dim("kept", null, 5, "3.0"), dim("thin", null, 4, "3.0"),
                dim("withheld", true, null, null), dim("exact", false, 5, "4.0")));
        assertFalse(s.belowThreshold());
        assertEquals(List.of("kept", "exact"), s.disclosedDimensions().stream().map(ScanCompleted.Dimension::key).toList());
        assertFalse(dim("no-mean", null, 9, null).disclosedAt(5));
    }
}
