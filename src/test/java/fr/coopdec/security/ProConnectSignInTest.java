package fr.coopdec.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.HttpIntegrationTest;
import fr.coopdec.support.ProConnectMock;
import fr.coopdec.support.TestUsers;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * ProConnect sign-in end to end against an OpenID Connect server in the test JVM, with a client that
 * keeps cookies and follows each redirect as a browser does: authorize → ProConnect → callback →
 * session, then what the session holds (the linked account's role and scope).
 */
class ProConnectSignInTest extends HttpIntegrationTest {

    @Autowired
    TestUsers users;

    @Autowired
    ReferentialQueries referential;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    ProConnectRegistrations registrations;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void an_agent_linked_by_email_gets_the_role_and_scope_of_that_account() throws Exception {
        String email = users.create(
                Role.POSTE, u -> u.setPays(referential.findPays("BJ").orElseThrow()));
        ProConnectMock.nextAgent(UUID.randomUUID().toString(), email.toUpperCase(), "Awa", "Diallo", 3600);

        URI authorize = location(get(url("/oauth2/authorization/proconnect")));
        Map<String, String> params =
                UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
        assertThat(authorize.toString()).startsWith(ProConnectMock.domain() + "/api/v2/authorize");
        assertThat(params.keySet())
                .containsExactlyInAnyOrder("response_type", "client_id", "scope", "state", "redirect_uri", "nonce");
        assertThat(URLDecoder.decode(params.get("scope"), StandardCharsets.UTF_8))
                .isEqualTo("openid email given_name usual_name uid siret");
        assertThat(params.get("state")).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
        assertThat(params.get("nonce")).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");

        URI callback = location(get(authorize.toString()));
        assertThat(callback.toString()).startsWith(url("/login/oauth2/code/proconnect?code="));
        HttpResponse<String> signedIn = get(callback.toString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn).getPath()).isEqualTo("/");
        Authentication authentication = sessionAuthentication();
        assertThat(authentication.getPrincipal()).isInstanceOf(ProConnectUser.class);
        ProConnectUser agent = (ProConnectUser) authentication.getPrincipal();
        assertThat(agent.getEmail()).isEqualTo(email);
        assertThat(agent.getRole()).isEqualTo(Role.POSTE);
        assertThat(agent.getPaysCode()).contains("BJ");
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_POSTE");
        assertThat(agent.getUserInfo().getClaimAsString("usual_name")).isEqualTo("Diallo");
        assertThat(agent.getUserInfo().getClaimAsString("siret")).isEqualTo("11000201100044");

        String logout = new ProConnectLogout(registrations, "http://coopdec.example.org")
                .determineTargetUrl(new MockHttpServletRequest(), new MockHttpServletResponse(), authentication);
        Map<String, String> end = UriComponentsBuilder.fromUriString(logout)
                .build()
                .getQueryParams()
                .toSingleValueMap();
        assertThat(logout).startsWith(ProConnectMock.domain() + "/api/v2/endsession?");
        assertThat(end)
                .containsEntry("id_token_hint", agent.getIdToken().getTokenValue())
                .containsEntry("post_logout_redirect_uri", "http://coopdec.example.org/");
        assertThat(end.get("state")).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void an_unknown_agent_gets_no_session_and_the_page_saying_whom_to_ask() throws Exception {
        String stranger = "agent-" + UUID.randomUUID() + "@diplomatie.gouv.fr";
        ProConnectMock.nextAgent(UUID.randomUUID().toString(), stranger, "Jean", "Inconnu", 3600);

        HttpResponse<String> answer = signIn(null);

        assertThat(location(answer).getPath()).isEqualTo("/connexion/agent-inconnu");
        assertThat(sessionAuthentication()).isNull();
        assertThat(session().getSession().getAttribute(ProConnectProperties.UNKNOWN_AGENT_EMAIL))
                .isEqualTo(stranger);
        assertThat(get(url("/connexion/agent-inconnu")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_nonce_is_refused() throws Exception {
        String email = users.create(Role.ADMIN);
        ProConnectMock.nextAgent(UUID.randomUUID().toString(), email, "Awa", "Diallo", 3600);

        HttpResponse<String> answer = signIn("forged-nonce-forged-nonce-forged-nonce-0123");

        assertThat(location(answer).toString()).endsWith("/login?error");
        assertThat(sessionAuthentication()).isNull();
        assertThat(failureCode()).isEqualTo("invalid_nonce");
    }

    @Test
    void an_expired_id_token_is_refused() throws Exception {
        String email = users.create(Role.ADMIN);
        ProConnectMock.nextAgent(UUID.randomUUID().toString(), email, "Awa", "Diallo", -3600);

        HttpResponse<String> answer = signIn(null);

        assertThat(location(answer).toString()).endsWith("/login?error");
        assertThat(sessionAuthentication()).isNull();
        assertThat(failureCode()).isEqualTo("invalid_id_token");
    }

    @Test
    void a_disabled_account_is_refused() throws Exception {
        String email = users.create(Role.AFD, u -> u.setEnabled(false));
        ProConnectMock.nextAgent(UUID.randomUUID().toString(), email, "Awa", "Diallo", 3600);

        HttpResponse<String> answer = signIn(null);

        assertThat(location(answer).toString()).endsWith("/login?error");
        assertThat(sessionAuthentication()).isNull();
        assertThat(session().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(DisabledException.class);
    }

    /** The whole round trip; {@code nonce}, when given, replaces the one CoopDec sent (an attacker replaying). */
    private HttpResponse<String> signIn(String nonce) throws Exception {
        URI authorize = location(get(url("/oauth2/authorization/proconnect")));
        if (nonce != null) {
            authorize = UriComponentsBuilder.fromUri(authorize)
                    .replaceQueryParam("nonce", nonce)
                    .build(true)
                    .toUri();
        }
        URI callback = location(get(authorize.toString()));
        HttpResponse<String> answer = get(callback.toString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer;
    }

    private HttpResponse<String> get(String address) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI location(HttpResponse<?> response) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isIn(302, 303);
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private Session session() throws Exception {
        String id = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        Manager manager = ((Context) ((TomcatWebServer) context.getWebServer())
                        .getTomcat()
                        .getHost()
                        .findChildren()[0])
                .getManager();
        return manager.findSession(id);
    }

    /** Why the sign-in failed, as Spring Security left it for the login page. */
    private String failureCode() throws Exception {
        Object failure = session().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(failure).isInstanceOf(OAuth2AuthenticationException.class);
        return ((OAuth2AuthenticationException) failure).getError().getErrorCode();
    }

    private Authentication sessionAuthentication() throws Exception {
        Object security =
                session().getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return security instanceof SecurityContext sc ? sc.getAuthentication() : null;
    }
}
