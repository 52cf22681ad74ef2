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
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    static double value(String name, Map<String, String> labels) {
        return value(scrape(), name, labels);
    }
}
