package nl.weerbaar.app.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API client as a municipality's integration would be: one API token per account, fetched once with
 * the password, then sent as a bearer token (a password hash per request would measure bcrypt).
 */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
    }

    String token(String username, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        expect(response, 201);
        return (String) JSON.readValue(response.body(), Map.class).get("token");
    }

    /** Posts JSON and fails on any status but the expected one: a benchmark of errors measures nothing. */
    String post(String token, String path, Map<String, ?> body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        expect(response, expected);
        return response.body();
    }

    private static void expect(HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
