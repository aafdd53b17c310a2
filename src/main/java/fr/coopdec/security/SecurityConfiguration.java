package fr.coopdec.security;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Roles;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
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

    /**
     * Vaadin's view access control, but an anonymous reader refused a page gets the French 403 page with
     * a link to sign in rather than the login form at the page's address (see {@link SignInLinkAccessControl}).
     * Vaadin's auto-configuration always defines that bean, so it is replaced as it is created, built by
     * the same configurer from the same checkers.
     */
    @Bean
    static BeanPostProcessor signInLinkAccessControl(
            ObjectProvider<NavigationAccessControlConfigurer> configurer,
            ObjectProvider<NavigationAccessChecker> checkers) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof NavigationAccessControl && !(bean instanceof SignInLinkAccessControl)) {
                    return configurer
                            .getObject()
                            .build(
                                    SignInLinkAccessControl::new,
                                    checkers.orderedStream().toList());
                }
                return bean;
            }
        };
    }

    /** Bcrypt by default, and able to read hashes of other algorithms should we move on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
