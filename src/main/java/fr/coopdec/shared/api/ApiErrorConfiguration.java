package fr.coopdec.shared.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Wires the API's error handling: the JSON error filter, unknown paths, the request language, Tomcat's own errors. */
@Configuration(proxyBeanMethods = false)
class ApiErrorConfiguration {

    static final String API_PATTERN = "/api/*";

    /** Before Spring Security's filter chain (order -100), so its refusals are JSON too. */
    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(ObjectMapper json) {
        FilterRegistrationBean<ApiErrorFilter> registration = new FilterRegistrationBean<>(new ApiErrorFilter(json));
        registration.addUrlPatterns(API_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * An /api path no controller knows is a 404, not Vaadin's page: this mapping comes right after the
     * annotated controllers (order 0), which still answer 405/415 for a known path with a wrong method or type.
     */
    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping() {
        HttpRequestHandler notFound = (HttpServletRequest request, HttpServletResponse response) ->
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }

    /** French unless Accept-Language prefers English; also the locale of Bean Validation messages. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return ApiMessages.of(request);
            }
        };
    }

    /** Errors Tomcat answers itself (a request line over its limit, say) get JSON on /api and no Tomcat page elsewhere. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }
}
