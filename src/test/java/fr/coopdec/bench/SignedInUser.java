package fr.coopdec.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like user behind the load balancer: cookies kept (the session and HAProxy's SERVERID), the
 * sign-in form posted as the login page does.
 */
final class SignedInUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final URI lb;
    private final String email;
    private final String password;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    SignedInUser(URI lb, String email, String password) {
        this.lb = lb;
        this.email = email;
        this.password = password;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in, on that server if given (HAProxy honours a SERVERID cookie the client sends); true on success. */
    boolean signIn(String server) {
        try {
            if (server != null) {
                HttpCookie sticky = new HttpCookie("SERVERID", server);
                sticky.setPath("/");
                sticky.setVersion(0);
                cookies.getCookieStore().add(lb, sticky);
            }
            HttpResponse<String> page = ClusterBenchmark.get(http, lb.resolve("/login"), null);
            Matcher csrf = CSRF.matcher(page.body());
            String form = "username=" + encode(email) + "&password=" + encode(password)
                    + (csrf.find() ? "&_csrf=" + encode(csrf.group(1)) : "");
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(lb.resolve("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("location").orElse("");
            return r.statusCode() == 302 && !location.contains("error");
        } catch (Exception e) {
            System.out.println("  sign-in failed: " + e);
            return false;
        }
    }

    /** The actuator's metrics list is for signed-in administrators only. */
    boolean canReadAdminPage() {
        try {
            return ClusterBenchmark.get(http, lb.resolve("/actuator/metrics"), null)
                            .statusCode()
                    == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** The server HAProxy keeps this user on. */
    String server() {
        return cookies.getCookieStore().get(lb).stream()
                .filter(c -> c.getName().equals("SERVERID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("?");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
