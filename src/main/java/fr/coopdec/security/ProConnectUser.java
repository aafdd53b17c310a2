package fr.coopdec.security;

import fr.coopdec.shared.security.CoopDecUser;
import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An agent signed in through ProConnect: the CoopDec account linked by e-mail (its role and scope,
 * so scope checks work as for a password sign-in) plus the id token, kept for logout at ProConnect.
 */
public final class ProConnectUser extends CoopDecUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    ProConnectUser(CoopDecUser account, OidcIdToken idToken, OidcUserInfo userInfo) {
        // No password hash in a ProConnect session: the agent never typed one.
        super(
                account.getId(),
                account.getEmail(),
                account.getNom(),
                null,
                account.getRole(),
                new Scope(
                        account.getPaysId().orElse(null),
                        account.getPaysCode().orElse(null),
                        account.getCollectiviteFrancaiseId().orElse(null),
                        account.getCollectivitePartenaireId().orElse(null)),
                account.isEnabled(),
                false);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return userInfo.getClaims();
    }

    /** ProConnect's subject: stable for one agent, and no personal data. */
    @Override
    public String getName() {
        return idToken.getSubject();
    }
}
