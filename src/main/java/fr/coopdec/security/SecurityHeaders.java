package fr.coopdec.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser-side defences every response carries. HSTS is the reverse proxy's job (it terminates
 * TLS; see the README's operations section), so Spring's own, sent only over HTTPS, stays as it is.
 */
final class SecurityHeaders {

    /**
     * Vaadin Flow 24 needs 'unsafe-inline' (its bootstrap script and the styles of its components) and
     * 'unsafe-eval' (Element.executeJs runs through the Function constructor); everything else is
     * this origin only. ECharts draws on a canvas and exports as data: URLs; the push channel and the
     * dev-mode reload socket are same-origin (ws: is listed for browsers that do not map 'self' to it).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()";

    private SecurityHeaders() {}

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny()));
    }
}
