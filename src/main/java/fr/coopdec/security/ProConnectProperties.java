package fr.coopdec.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through ProConnect, the French state's OpenID Connect federation for public agents. Off
 * unless the client id, secret and domain are all set (COOPDEC_PROCONNECT_*).
 *
 * @param clientId         the client id ProConnect gave CoopDec
 * @param clientSecret     its secret
 * @param domain           ProConnect's domain, e.g. {@code fca.integ01.dev-agentconnect.fr} (integration) or
 *                         {@code auth.agentconnect.gouv.fr} (production); a URL with a scheme is taken as is
 * @param signingAlgorithm the algorithm chosen at registration for the id token and userinfo (RS256 or ES256)
 * @param contact          whom an agent without a CoopDec account should ask (shown on the refusal page)
 */
@ConfigurationProperties("coopdec.proconnect")
public record ProConnectProperties(
        String clientId, String clientSecret, String domain, String signingAlgorithm, String contact) {

    public static final String REGISTRATION_ID = "proconnect";
    /** What CoopDec asks ProConnect for; ProConnect refuses scopes and parameters it does not know. */
    /** The page that tells an agent ProConnect knows, and CoopDec does not, whom to ask. */
    public static final String UNKNOWN_AGENT_ROUTE = "connexion/agent-inconnu";
    /** Session attribute: that agent's e-mail address, for that page. */
    public static final String UNKNOWN_AGENT_EMAIL = "coopdec.proconnect.unknown-agent";

    public static final String[] SCOPES = {"openid", "email", "given_name", "usual_name", "uid", "siret"};

    public ProConnectProperties {
        signingAlgorithm = blank(signingAlgorithm) ? "RS256" : signingAlgorithm.trim();
    }

    public boolean enabled() {
        return !blank(clientId) && !blank(clientSecret) && !blank(domain);
    }

    /** The issuer, whose discovery document is {@code <issuer>/.well-known/openid-configuration}. */
    public String issuer() {
        String base = domain.trim();
        if (!base.startsWith("https://") && !base.startsWith("http://")) {
            base = "https://" + base;
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v2";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
