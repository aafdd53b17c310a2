package fr.coopdec.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** The OAuth2 login of {@link SecurityConfiguration} for ProConnect, when it is configured. */
final class ProConnectSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ProConnectSignIn() {}

    static void configure(HttpSecurity http, ClientRegistrationRepository registrations, ProConnectUserService users)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // Spring's state is 44 characters ending in "="; ProConnect wants at least 32: send 43, URL-safe.
        // Its nonce (the SHA-256 of a 96-byte secret kept in the session) is 43 characters already.
        resolver.setAuthorizationRequestCustomizer(request -> request.state(randomState()));
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(failureHandler()));
    }

    /** An unknown agent gets a page saying whom to ask; any other failure the login page with a reason. */
    private static AuthenticationFailureHandler failureHandler() {
        SimpleUrlAuthenticationFailureHandler loginPage =
                new SimpleUrlAuthenticationFailureHandler("/login" + "?error");
        return (request, response, exception) -> {
            if (exception instanceof ProConnectUserService.UnknownAgentException unknown) {
                session(request).setAttribute(ProConnectProperties.UNKNOWN_AGENT_EMAIL, unknown.email());
                session(request).removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
                response.sendRedirect(request.getContextPath() + "/" + ProConnectProperties.UNKNOWN_AGENT_ROUTE);
                return;
            }
            loginPage.onAuthenticationFailure(request, response, exception);
        };
    }

    private static HttpSession session(HttpServletRequest request) {
        return request.getSession(true);
    }

    /** 32 random bytes, URL-safe Base64 without padding: 43 characters (ProConnect wants at least 32). */
    static String randomState() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
