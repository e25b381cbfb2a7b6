package org.camove.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A browser-less visitor of the tests' server: keeps cookies, follows redirects, signs in by the login form. */
final class WebSession {

    static final String BASE = "http://localhost:" + Integer.getInteger("camove.test.http.port", 8180) + "/camove/";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A visitor that carries on a session signed in elsewhere, e.g. in a browser, by its session cookie. */
    static WebSession joining(String sessionId) {
        var session = new WebSession();
        var cookie = new java.net.HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/camove");
        cookie.setVersion(0);
        session.cookies.getCookieStore().add(URI.create(BASE), cookie);
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Opens the login page (as a browser does) and posts the form; answers the page the server lands on. */
    HttpResponse<String> signIn(String username, String password) {
        get("login.xhtml");
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return postForm("j_security_check", form, HttpClient.Redirect.NORMAL);
    }

    /** The raw answer to the login form, redirects not followed: to read its headers. */
    HttpResponse<String> postLoginForm(String username, String password) {
        return postForm("j_security_check", "j_username=" + username + "&j_password=" + password, HttpClient.Redirect.NEVER);
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    private HttpResponse<String> postForm(String path, String form, HttpClient.Redirect redirects) {
        var request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        var sender = redirects == HttpClient.Redirect.NORMAL ? client
                : HttpClient.newBuilder().cookieHandler(cookies).followRedirects(redirects).build();
        try {
            return sender.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
