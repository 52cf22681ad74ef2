package nl.leercultuur.gateway;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reads one sample from the Prometheus text at /q/metrics. */
final class MetricsText {

    private MetricsText() {
    }

    static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the sample with this name and (at least) these labels; 0 when there is none yet. */
    static double value(String text, String name, Map<String, String> labels) {
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            boolean all = labels.entrySet().stream().allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\""));
            if (all) {
                return sampleValue(line);
            }
        }
        return 0;
    }

    static double value(String name, Map<String, String> labels) {
        return value(scrape(), name, labels);
    }

    /** The value of a sample line: after the name and labels, before an exemplar ("# {trace_id=…} …"), if any. */
    static double sampleValue(String line) {
        String sample = line.split(" # ", 2)[0].trim();
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }
}
