package fr.coopdec.shared.ui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers HTTP 404 for a page address that no view has. Vaadin serves its bootstrap page for any
 * address and renders the French "page introuvable" view only in a later request, so without this the
 * browser, search engines and link checkers would get 200 for every mistyped address.
 */
@Component
class UnknownRouteStatusFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || path.startsWith("/VAADIN/")
                || path.startsWith("/api/")
                || path.startsWith("/actuator")
                || path.startsWith("/v3/")
                || path.startsWith("/swagger-ui")
                || path.startsWith("/webjars/")
                || path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String route = path.startsWith("/") ? path.substring(1) : path;
        if (route.endsWith("/")) {
            route = route.substring(0, route.length() - 1);
        }
        ApplicationRouteRegistry routes =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        if (!routes.getNavigationRouteTarget(route).hasTarget()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }
}
