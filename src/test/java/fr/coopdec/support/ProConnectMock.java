package fr.coopdec.support;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * ProConnect in the test JVM: mock-oauth2-server with the issuer at /api/v2 (so discovery is
 * /api/v2/.well-known/openid-configuration, as on ProConnect) and, like ProConnect, a userinfo
 * endpoint answering a JWT signed with the provider's keys (application/jwt), not JSON. One server
 * for the whole test run, started on first use.
 */
public final class ProConnectMock {

    public static final String ISSUER_ID = "api/v2";
    public static final String CLIENT_ID = "coopdec-test";
    public static final String CLIENT_SECRET = "coopdec-test-secret";
    private static final List<String> USERINFO_CLAIMS =
            List.of("sub", "email", "given_name", "usual_name", "uid", "siret");

    private static MockOAuth2Server server;

    private ProConnectMock() {}

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server(new JwtUserInfo());
            started.start();
            server = started;
        }
        return server;
    }

    /** "http://localhost:PORT": what COOPDEC_PROCONNECT_DOMAIN would be, with the scheme for plain HTTP. */
    public static String domain() {
        String base = server().baseUrl().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The next sign-in is this agent; {@code expiry} in seconds (negative: tokens already expired). */
    public static void nextAgent(String subject, String email, String givenName, String usualName, long expiry) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("given_name", givenName);
        claims.put("usual_name", usualName);
        claims.put("uid", "uid-" + subject);
        claims.put("siret", "11000201100044");
        claims.put("idp_id", "fia1v2");
        server().enqueueCallback(
                        new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, expiry));
    }

    /** GET /api/v2/userinfo: the bearer token's identity claims, signed, as ProConnect answers. */
    private static final class JwtUserInfo implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "GET".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/" + ISSUER_ID + "/userinfo");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String authorization = request.getHeaders().get("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return new OAuth2HttpResponse(Headers.of(), 401, "{\"error\":\"invalid_token\"}", null);
            }
            try {
                Map<String, Object> token = SignedJWT.parse(authorization.substring(7))
                        .getJWTClaimsSet()
                        .getClaims();
                Map<String, Object> claims = new LinkedHashMap<>();
                USERINFO_CLAIMS.forEach(name -> {
                    if (token.get(name) != null) {
                        claims.put(name, token.get(name));
                    }
                });
                claims.put("iss", server.issuerUrl(ISSUER_ID).toString());
                claims.put("aud", CLIENT_ID);
                String jwt = server.getConfig()
                        .getTokenProvider()
                        .jwt(claims, Duration.ofMinutes(1), ISSUER_ID)
                        .serialize();
                return new OAuth2HttpResponse(Headers.of("Content-Type", "application/jwt"), 200, jwt, null);
            } catch (ParseException e) {
                return new OAuth2HttpResponse(Headers.of(), 401, "{\"error\":\"invalid_token\"}", null);
            }
        }
    }
}
