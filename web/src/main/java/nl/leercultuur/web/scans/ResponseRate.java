package nl.leercultuur.web.scans;

/**
 * How many answered out of how many were expected: the scan's expected population, or else the number of codes
 * handed out (as survey-service's own response rate does); no percentage when neither is known. The percentage is
 * rounded half up and may pass 100 (an open link reaches more people than expected); the bar stops at 100.
 */
public record ResponseRate(int responses, Integer population, Integer percent) {

    static ResponseRate of(Integer responses, Integer expectedPopulation, Integer codesIssued) {
        int r = responses == null ? 0 : Math.max(0, responses);
        Integer population = expectedPopulation != null && expectedPopulation > 0 ? expectedPopulation
                : codesIssued != null && codesIssued > 0 ? codesIssued : null;
        Integer percent = population == null ? null : (int) Math.floor(100.0 * r / population + 0.5);
        return new ResponseRate(r, population, percent);
    }

    public boolean known() {
        return percent != null;
    }

    /** The width of a bar, 0–100. */
    public int bar() {
        return percent == null ? 0 : Math.min(100, percent);
    }
}
