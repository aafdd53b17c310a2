package fr.coopdec.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;

/** ProConnect's beans; {@link SecurityConfiguration} uses them only when ProConnect is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProConnectProperties.class)
class ProConnectConfiguration {

    @Bean
    ProConnectRegistrations proConnectRegistrations(ProConnectProperties properties) {
        return new ProConnectRegistrations(properties);
    }

    @Bean
    ProConnectUserService proConnectUserService(UtilisateurRepository accounts, ProConnectProperties properties) {
        return new ProConnectUserService(accounts, properties);
    }

    /** The id token's algorithm is the one chosen when CoopDec registered at ProConnect (Spring assumes RS256). */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(ProConnectProperties properties) {
        OidcIdTokenDecoderFactory factory = new OidcIdTokenDecoderFactory();
        factory.setJwsAlgorithmResolver(registration -> SignatureAlgorithm.from(properties.signingAlgorithm()));
        return factory;
    }
}
