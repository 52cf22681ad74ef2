package nl.leercultuur.survey;

import static io.restassured.RestAssured.given;

/** One sample from the service's Prometheus text at /q/metrics. */
public final class Metrics {

    private Metrics() {
    }

    public static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the first sample of this name (labels, if any, are not looked at); 0 when there is none. */
    public static double value(String name) {
        return value(scrape(), name);
    }

    public static double value(String text, String name) {
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return sampleValue(line);
            }
        }
        return 0;
    }

    /** The value of a sample line: after the name and labels, before an exemplar ("# {trace_id=…} …"), if any. */
    static double sampleValue(String line) {
        String sample = line.split(" # ", 2)[0].trim();
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }
}
