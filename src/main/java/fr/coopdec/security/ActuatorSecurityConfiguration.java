package fr.coopdec.security;

import fr.coopdec.shared.security.Roles;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The actuator endpoints, before the application's own rules: health (with the liveness and readiness
 * groups the load balancer and orchestrators probe) is public and says only UP or DOWN to strangers;
 * {@code /actuator/prometheus} is for DAECT administrators (signed in) and for the scraper's account
 * ({@code coopdec.metrics.username} / {@code coopdec.metrics.password}, HTTP Basic, no such account
 * when the password is empty); the other endpoints are for administrators only.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    static final String METRICS = "METRICS";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain actuatorSecurityFilterChain(
            HttpSecurity http,
            PasswordEncoder encoder,
            @Value("${coopdec.metrics.username:prometheus}") String username,
            @Value("${coopdec.metrics.password:}") String password,
            UtilisateurRepository users)
            throws Exception {
        // Sessions follow the account here too: a disabled account's open session is refused at once.
        http.addFilterBefore(new SessionStampFilter(users), AuthorizationFilter.class);
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
                        .hasAnyRole(Roles.ADMIN, METRICS)
                        .anyRequest()
                        .hasRole(Roles.ADMIN));
        if (!password.isBlank()) {
            DaoAuthenticationProvider scraper =
                    new DaoAuthenticationProvider(new InMemoryUserDetailsManager(User.withUsername(username)
                            .password(encoder.encode(password))
                            .roles(METRICS)
                            .build()));
            scraper.setPasswordEncoder(encoder);
            // a plain 401: sendError would dispatch to /error, which the application's rules send to the login page
            AuthenticationEntryPoint unauthorized = (request, response, e) -> {
                response.setHeader("WWW-Authenticate", "Basic realm=\"coopdec\"");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            };
            http.authenticationManager(new ProviderManager(scraper))
                    .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized));
        }
        return http.build();
    }
}
