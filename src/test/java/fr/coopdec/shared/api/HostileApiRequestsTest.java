package fr.coopdec.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.coopdec.support.HttpIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile requests against the running application over HTTP, as an ASVS tester sends them: each
 * answers JSON with the expected status and a French sentence, never a redirect to the login page,
 * never a 5xx, never the input echoed beyond 200 characters or as Java's toString.
 */
class HostileApiRequestsTest extends HttpIntegrationTest {

    private static final String INSCRIPTIONS = "/api/v1/evenements/999999999/inscriptions";
    private static final String PERSON = "{\"prenom\":\"Awa\",\"nom\":\"Diallo\",\"email\":\"awa.diallo@example.org\","
            + "\"organisation\":\"Mairie\",\"categorie\":\"COLLECTIVITE_FRANCAISE\"}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    static Stream<Arguments> hostileRequests() {
        return Stream.of(
                row("text/plain body", "POST", INSCRIPTIONS, "text/plain", "hello", 415, "JSON"),
                row("form body", "POST", INSCRIPTIONS, "application/x-www-form-urlencoded", "a=b", 415, "JSON"),
                row("XML body", "POST", INSCRIPTIONS, "application/xml", "<inscription/>", 415, "JSON"),
                row("no content type", "POST", INSCRIPTIONS, null, body(PERSON), 415, "JSON"),
                row(
                        "non-numeric event id",
                        "POST",
                        "/api/v1/evenements/abc/inscriptions",
                        "application/json",
                        body(PERSON),
                        400,
                        "nombre entier"),
                row(
                        "overflowing event id",
                        "POST",
                        "/api/v1/evenements/99999999999999999999999/inscriptions",
                        "application/json",
                        body(PERSON),
                        400,
                        "nombre entier"),
                row(
                        "null participant",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[null]}",
                        400,
                        "Chaque participant"),
                row(
                        "no participant",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[]}",
                        400,
                        "au moins une personne"),
                row("null body fields", "POST", INSCRIPTIONS, "application/json", "{}", 400, "au moins une personne"),
                row("JSON null body", "POST", INSCRIPTIONS, "application/json", "null", 400, "JSON"),
                row("empty body", "POST", INSCRIPTIONS, "application/json", "", 400, "JSON"),
                row("broken JSON", "POST", INSCRIPTIONS, "application/json", "{\"participants\":[", 400, "JSON"),
                row(
                        "too long langue",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON + "],\"langue\":\"" + "x".repeat(500) + "\"}",
                        400,
                        "« fr » ou « en »"),
                row(
                        "accepteAttente as text",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON + "],\"accepteAttente\":\"oui\"}",
                        400,
                        "JSON"),
                row(
                        "accepteAttente as object",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON + "],\"accepteAttente\":{}}",
                        400,
                        "JSON"),
                row(
                        "accepteAttente as array",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON + "],\"accepteAttente\":[true]}",
                        400,
                        "JSON"),
                row(
                        "participants as text",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":\"Awa\"}",
                        400,
                        "JSON"),
                row(
                        "session id as text",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON + "],\"sessions\":[\"x\"]}",
                        400,
                        "JSON"),
                row(
                        "null session id",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON + "],\"sessions\":[null]}",
                        400,
                        "session"),
                row(
                        "unknown category",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON.replace("COLLECTIVITE_FRANCAISE", "PIRATE") + "]}",
                        400,
                        "JSON"),
                row(
                        "31 participants",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + String.join(",", java.util.Collections.nCopies(31, PERSON)) + "]}",
                        400,
                        "30 personnes"),
                row(
                        "100 KB first name",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON.replace("\"Awa\"", "\"" + "A".repeat(100_000) + "\"") + "]}",
                        400,
                        "taille"),
                row(
                        "1 MB field",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON.replace("\"Awa\"", "\"" + "A".repeat(1_000_000) + "\"") + "]}",
                        413,
                        "volumineux"),
                row(
                        "deep nesting",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "[".repeat(5_000) + "]".repeat(5_000),
                        400,
                        "JSON"),
                row(
                        "NUL bytes in fields",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON.replace("awa.diallo@example.org", "awa\\u0000@example.org")
                                + "]}",
                        400,
                        "adresse électronique"),
                row("NUL byte in the path", "GET", "/api/v1/partenariats/%00", null, null, 400, null),
                row(
                        "unknown event",
                        "POST",
                        INSCRIPTIONS,
                        "application/json",
                        "{\"participants\":[" + PERSON + "]}",
                        404,
                        null),
                row("unknown v1 path", "GET", "/api/v1/nonexistent", null, null, 404, "n’existe pas"),
                row("unknown v2 path", "GET", "/api/v2/partenariats", null, null, 404, "n’existe pas"),
                row("unknown path, POST", "POST", "/api/v1/nonexistent", "application/json", "{}", 404, "n’existe pas"),
                row("API root", "GET", "/api", null, null, 404, "n’existe pas"),
                row("GET on the registration address", "GET", INSCRIPTIONS, null, null, 405, "méthode"),
                row("DELETE on the partnerships", "DELETE", "/api/v1/partenariats", null, null, 405, "méthode"),
                row("PUT on a partnership", "PUT", "/api/v1/partenariats/1", "application/json", "{}", 405, "méthode"),
                row("XML asked of a JSON address", "GET", "/api/v1/partenariats", null, null, 406, "JSON"),
                row("non-numeric page", "GET", "/api/v1/partenariats?page=abc", null, null, 400, "page"),
                row("non-numeric partnership id", "GET", "/api/v1/partenariats/abc", null, null, 400, "nombre entier"),
                row(
                        "10,000-character query",
                        "GET",
                        "/api/v1/partenariats?q=" + "a".repeat(10_000),
                        null,
                        null,
                        400,
                        "mal formée"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void hostile_request_gets_json_with_its_status_and_a_french_sentence(
            String name, String method, String path, String type, String body, int status, String french)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (name.startsWith("XML asked")) {
            request.header("Accept", "application/xml");
        }
        HttpResponse<String> response =
                client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(name).hasValueSatisfying(value -> assertThat(value)
                .startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("message").asText()).as(name).isNotBlank();
        if (french != null) {
            assertThat(error.path("message").asText()).as(name).containsIgnoringCase(french);
        }
        assertThat(response.body()).as(name).doesNotContain("Participant[", "Exception", "java.");
        assertThat(error.path("valeur").asText("").length()).as(name).isLessThanOrEqualTo(ApiError.MAX_ECHO + 1);
        assertThat(response.body().length()).as(name).isLessThan(2_000);
    }

    @Test
    void a_chunked_body_without_length_is_cut_off_at_the_limit() throws Exception {
        byte[] huge = ("{\"participants\":[" + PERSON.replace("\"Awa\"", "\"" + "A".repeat(600_000) + "\"") + "]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(INSCRIPTIONS)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();

        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("message").asText()).contains("volumineux");
    }

    @Test
    void messages_are_english_when_the_client_asks_for_english() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(INSCRIPTIONS)))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString("{\"participants\":[]}"))
                .build();

        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("message").asText()).isEqualTo("Register at least one person.");
        HttpResponse<String> unknown = client.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/nonexistent")))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(JSON.readTree(unknown.body()).path("message").asText()).contains("does not exist");
    }

    @Test
    void an_unknown_language_gets_french() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(INSCRIPTIONS)))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "de-DE")
                .POST(HttpRequest.BodyPublishers.ofString("{\"participants\":[]}"))
                .build();

        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(JSON.readTree(response.body()).path("message").asText())
                .isEqualTo("Inscrivez au moins une personne.");
    }

    private static Arguments row(
            String name, String method, String path, String type, String body, int status, String french) {
        return Arguments.of(name, method, path, type, body, status, french);
    }

    private static String body(String person) {
        return "{\"participants\":[" + person + "]}";
    }
}
