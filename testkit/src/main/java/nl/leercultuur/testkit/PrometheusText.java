package nl.leercultuur.testkit;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reads samples from a service's Prometheus text at /q/metrics. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** /q/metrics of the application under test (REST Assured's base URI and port). */
    public static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** /q/metrics of the service at this base URL. */
    public static String scrape(String baseUrl) {
        return given().baseUri(baseUrl).when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the first sample of this name with (at least) these labels; 0 when there is none yet. */
    public static double value(String text, String name, Map<String, String> labels) {
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            if (labels.entrySet().stream().allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                return sampleValue(line);
            }
        }
        return 0;
    }

    public static double value(String text, String name) {
        return value(text, name, Map.of());
    }

    /** The sum of every sample of this name, whatever its labels (e.g. requests over all routes and statuses). */
    public static double sum(String text, String name) {
        double total = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                total += sampleValue(line);
            }
        }
        return total;
    }

    /** Whether a sample of this name with these labels is listed (whatever its value). */
    public static boolean lists(String text, String name, Map<String, String> labels) {
        for (String line : text.split("\n")) {
            if ((line.startsWith(name + "{") || line.startsWith(name + " "))
                    && labels.entrySet().stream().allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                return true;
            }
        }
        return false;
    }

    /** The value of a sample line: after the name and labels, before an exemplar ("# {trace_id=…} …"), if any. */
    static double sampleValue(String line) {
        String sample = line.split(" # ", 2)[0].trim();
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }
}
