package org.scaleplan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to a service under test on {@code localhost:port}, as the bootstrap admin of {@link ServiceProperties}. */
public final class AdminHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AdminHttp() {
    }

    public static HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).GET());
    }

    public static HttpResponse<String> post(int port, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static HttpResponse<String> put(int port, String path, String json) {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static HttpResponse<String> delete(int port, String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).DELETE());
    }

    /** The body of a GET answered 200, else "" (not there yet, or the service is not up): for awaiting a state. */
    public static String bodyIfOk(int port, String path) {
        try {
            HttpResponse<String> answer = get(port, path);
            return answer.statusCode() == 200 ? answer.body() : "";
        } catch (UncheckedIOException notUp) {
            return "";
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + ServiceProperties.ADMIN_KEY).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
