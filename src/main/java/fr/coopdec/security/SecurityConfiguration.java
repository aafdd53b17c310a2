package fr.coopdec.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Roles;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UtilisateurRepository users,
            RequestUtil requestUtil,
            ProConnectProperties proConnect,
            ProConnectRegistrations proConnectRegistrations,
            ProConnectUserService proConnectUsers,
            @Value("${coopdec.base-url}") String baseUrl)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The servlet error page: refusing it sent anonymous callers to /login instead of the error.
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                .permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint())
                .hasRole(Roles.ADMIN)
                // Open-data API: each controller method declares its own access with method security.
                .requestMatchers("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .permitAll()
                .requestMatchers("/images/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico")
                .permitAll());
        // Vaadin's own configuration exempts the login page from CSRF (its login form posts a plain HTML
        // form); ours exempts only Vaadin's internal requests (protected by Vaadin's own token) and the
        // API, and the login form sends Spring's token read from meta tags (LoginCsrfMetaTags).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                .ignoringRequestMatchers("/api/**"));
        http.addFilterBefore(new SessionStampFilter(users), AuthorizationFilter.class);
        SecurityHeaders.apply(http);
        if (proConnect.enabled()) {
            ProConnectSignIn.configure(http, proConnectRegistrations, proConnectUsers);
        }
        // Views are guarded by Vaadin's navigation access control (and /api by method security), so an
        // unknown address reaches the router and gets the French "page introuvable" with HTTP 404
        // instead of a detour through the login page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false).anyRequest(url -> url.permitAll());
            if (proConnect.enabled()) {
                vaadin.logoutSuccessHandler(new ProConnectLogout(proConnectRegistrations, baseUrl));
            }
        });
        return http.build();
    }

    /** Bcrypt by default, and able to read hashes of other algorithms should we move on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
