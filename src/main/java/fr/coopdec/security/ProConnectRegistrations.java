package fr.coopdec.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * ProConnect's client registration, read from its discovery document on the first sign-in rather
 * than at start-up, so that CoopDec starts (and local accounts work) while ProConnect is unreachable.
 */
final class ProConnectRegistrations implements ClientRegistrationRepository {

    private final ProConnectProperties properties;
    private volatile ClientRegistration registration;

    ProConnectRegistrations(ProConnectProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!properties.enabled() || !ProConnectProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration loaded = registration;
        if (loaded == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = load();
                }
                loaded = registration;
            }
        }
        return loaded;
    }

    /** Spring checks that the document's issuer is the one asked for. ProConnect wants the secret in the body. */
    private ClientRegistration load() {
        return ClientRegistrations.fromOidcIssuerLocation(properties.issuer())
                .registrationId(ProConnectProperties.REGISTRATION_ID)
                .clientName("ProConnect")
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(ProConnectProperties.SCOPES)
                .userNameAttributeName("sub")
                .build();
    }
}
