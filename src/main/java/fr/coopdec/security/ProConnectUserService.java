package fr.coopdec.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the agent ProConnect signed in and links it to a CoopDec account by e-mail. ProConnect's
 * userinfo is a JWT signed with its keys (application/jwt), which Spring's default service would try
 * to parse as JSON: here it is verified against the provider's JWKS (signature, issuer, audience, and
 * the same subject as the id token Spring already checked, nonce included). An agent without an
 * account, or with a disabled one, is refused.
 */
class ProConnectUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_AGENT = "coopdec_unknown_agent";
    private static final Logger log = LoggerFactory.getLogger(ProConnectUserService.class);

    private final UtilisateurRepository accounts;
    private final ProConnectProperties properties;
    private final RestClient http;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    ProConnectUserService(UtilisateurRepository accounts, ProConnectProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(5));
        timeouts.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(timeouts).build();
    }

    @Override
    @Transactional(readOnly = true)
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUserInfo userInfo = new OidcUserInfo(userInfo(request).getClaims());
        String email = userInfo.getEmail();
        if (email == null || email.isBlank()) {
            throw failure("invalid_user_info_response", "ProConnect returned no e-mail address");
        }
        Utilisateur account =
                accounts.findByEmailIgnoreCase(email.trim()).orElseThrow(() -> new UnknownAgentException(email.trim()));
        if (!account.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        log.info("ProConnect sign-in linked to account {}", account.getId());
        return new ProConnectUser(account.toCoopDecUser(false), request.getIdToken(), userInfo);
    }

    private Jwt userInfo(OidcUserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        String jwt;
        try {
            jwt = http.get()
                    .uri(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .header(
                            HttpHeaders.AUTHORIZATION,
                            "Bearer " + request.getAccessToken().getTokenValue())
                    .header(HttpHeaders.ACCEPT, "application/jwt")
                    .retrieve()
                    .body(String.class);
        } catch (RestClientException e) {
            throw failure(
                    "invalid_user_info_response",
                    "ProConnect's userinfo endpoint failed: " + e.getClass().getSimpleName());
        }
        if (jwt == null || jwt.isBlank()) {
            throw failure("invalid_user_info_response", "ProConnect's userinfo endpoint answered nothing");
        }
        try {
            Jwt verified = decoder(registration).decode(jwt.trim());
            if (!request.getIdToken().getSubject().equals(verified.getSubject())) {
                throw failure("invalid_user_info_response", "The userinfo subject differs from the id token's");
            }
            return verified;
        } catch (JwtException e) {
            throw failure("invalid_user_info_response", "ProConnect's userinfo JWT was refused: " + e.getMessage());
        }
    }

    private JwtDecoder decoder(ClientRegistration registration) {
        return decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                            registration.getProviderDetails().getJwkSetUri())
                    .jwsAlgorithm(SignatureAlgorithm.from(properties.signingAlgorithm()))
                    .build();
            String issuer = registration.getProviderDetails().getIssuerUri();
            String clientId = registration.getClientId();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(issuer),
                    token -> token.getAudience() != null && token.getAudience().contains(clientId)
                            ? OAuth2TokenValidatorResult.success()
                            : OAuth2TokenValidatorResult.failure(new OAuth2Error(
                                    "invalid_user_info_response",
                                    "The userinfo JWT is not meant for this client",
                                    null))));
            return decoder;
        });
    }

    private static OAuth2AuthenticationException failure(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }

    /** A ProConnect identity with no CoopDec account; the address stays out of the message (and the logs). */
    static final class UnknownAgentException extends OAuth2AuthenticationException {

        private final transient String email;

        UnknownAgentException(String email) {
            super(new OAuth2Error(UNKNOWN_AGENT, "No CoopDec account has this agent's e-mail address", null));
            this.email = email;
        }

        String email() {
            return email;
        }
    }
}
