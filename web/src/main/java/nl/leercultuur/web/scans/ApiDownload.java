package nl.leercultuur.web.scans;

import jakarta.ws.rs.core.Response;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A file from the API passed on to the browser (the generated clients answer downloads with nothing): fetched
 * through the gateway with the user's token, sent on with its type and a file name of ours. A refusal becomes an
 * {@link ApiRefusal}, which the pages answer as usual.
 */
final class ApiDownload {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private ApiDownload() {
    }

    static Response get(Gateway gateway, String path, String accept, String fileName) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept + ", application/problem+json").GET();
        Gateway.onBehalfOfCaller(b);
        HttpResponse<byte[]> r;
        try {
            r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApiRefusal(new ApiProblem(0, "unreachable", "", e.toString(), Map.of(), Optional.empty()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiRefusal(new ApiProblem(0, "unreachable", "", "interrupted", Map.of(), Optional.empty()));
        }
        if (r.statusCode() / 100 != 2) {
            throw new ApiRefusal(ApiProblem.of(r.statusCode(), r.headers(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        String type = r.headers().firstValue("Content-Type").orElse(accept);
        return attachment(r.body(), type, fileName);
    }

    static Response attachment(Object body, String type, String fileName) {
        return Response.ok(body).type(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
