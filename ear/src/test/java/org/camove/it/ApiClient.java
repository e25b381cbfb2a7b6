package org.camove.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A client of camove's REST API as a program would be one: HTTP Basic credentials on every call, no cookies. */
final class ApiClient {

    static final String API = WebSession.BASE + "api/";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;
    private final String language;

    private ApiClient(String authorization, String language) {
        this.authorization = authorization;
        this.language = language;
    }

    static ApiClient as(String username, String password) {
        return new ApiClient("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), null);
    }

    static ApiClient anonymous() {
        return new ApiClient(null, null);
    }

    /** The same caller, whose client asks for answers in this language (Accept-Language). */
    ApiClient accepting(String languageTag) {
        return new ApiClient(authorization, languageTag);
    }

    /** GET of a path under /camove/api/. */
    HttpResponse<String> get(String path) {
        return send(URI.create(API + path));
    }

    HttpResponse<String> send(URI uri) {
        return send(request(uri).GET());
    }

    /** A request with a JSON body (POST, PUT) to a path under /camove/api/. */
    HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, json, Map.of());
    }

    /** Like {@link #send(String, String, String)}, with more headers (e.g. Idempotency-Key). */
    HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
        var request = request(URI.create(API + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** The same, quoting the version read as If-Match. */
    HttpResponse<String> send(String method, String path, String json, String ifMatch) {
        return send(request(URI.create(API + path)).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A POST of a text body of the given media type (e.g. text/csv) to a path under /camove/api/. */
    HttpResponse<String> sendText(String path, String contentType, String text) {
        return send(request(URI.create(API + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(URI uri) {
        var request = HttpRequest.newBuilder(uri).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response);
    }

    static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response);
    }

    private static JsonStructure parse(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
