package fr.coopdec.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After logout, an agent who came through ProConnect is sent to its {@code session/end} (with the id
 * token, a state and the return address ProConnect knows), which also ends the ProConnect and
 * identity-provider sessions; a local account goes to the home page as before.
 */
final class ProConnectLogout extends SimpleUrlLogoutSuccessHandler {

    private final ClientRegistrationRepository registrations;
    private final String baseUrl;

    ProConnectLogout(ClientRegistrationRepository registrations, String baseUrl) {
        this.registrations = registrations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        setDefaultTargetUrl("/");
        // Vaadin's logout runs inside a UIDL request: the redirect must go through the UI.
        setRedirectStrategy(new UidlRedirectStrategy());
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof ProConnectUser agent) {
            ClientRegistration registration = registrations.findByRegistrationId(ProConnectProperties.REGISTRATION_ID);
            Object endSession =
                    registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            if (endSession != null) {
                return UriComponentsBuilder.fromUriString(endSession.toString())
                        .queryParam("id_token_hint", agent.getIdToken().getTokenValue())
                        .queryParam("state", ProConnectSignIn.randomState())
                        .queryParam("post_logout_redirect_uri", baseUrl)
                        .encode()
                        .build()
                        .toUriString();
            }
        }
        return super.determineTargetUrl(request, response, authentication);
    }
}
