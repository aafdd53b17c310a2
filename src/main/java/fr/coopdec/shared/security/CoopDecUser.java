package fr.coopdec.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as security sees it: identity, role and scope, copied from the user account
 * ({@code security.Utilisateur}) at login so that scope checks need no query. It lives in {@code shared}
 * so that every module, the referential included, can read the current user without depending on the
 * accounts module.
 */
public class CoopDecUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String nom;
    private final String passwordHash;
    private final Role role;
    private final Long paysId;
    private final String paysCode;
    private final Long collectiviteFrancaiseId;
    private final Long collectivitePartenaireId;
    private final boolean enabled;
    private final boolean locked;
    private final long sessionStamp;

    /** The account's scope: at most one country, French authority and foreign authority (ids). */
    public record Scope(Long paysId, String paysCode, Long collectiviteFrancaiseId, Long collectivitePartenaireId) {
        public static final Scope NONE = new Scope(null, null, null, null);
    }

    public CoopDecUser(
            long id,
            String email,
            String nom,
            String passwordHash,
            Role role,
            Scope scope,
            boolean enabled,
            boolean locked) {
        this(id, email, nom, passwordHash, role, scope, enabled, locked, 0);
    }

    /** With the account's session stamp at sign-in (fr.coopdec.security.SessionStampFilter compares it). */
    public CoopDecUser(
            long id,
            String email,
            String nom,
            String passwordHash,
            Role role,
            Scope scope,
            boolean enabled,
            boolean locked,
            long sessionStamp) {
        this.id = id;
        this.email = email;
        this.nom = nom;
        this.passwordHash = passwordHash;
        this.role = role;
        this.paysId = scope.paysId();
        this.paysCode = scope.paysCode();
        this.collectiviteFrancaiseId = scope.collectiviteFrancaiseId();
        this.collectivitePartenaireId = scope.collectivitePartenaireId();
        this.enabled = enabled;
        this.locked = locked;
        this.sessionStamp = sessionStamp;
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getNom() {
        return nom;
    }

    public Role getRole() {
        return role;
    }

    /** The account's session stamp when this user signed in (see fr.coopdec.security.SessionStampFilter). */
    public long getSessionStamp() {
        return sessionStamp;
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    /** The embassy post's country (POSTE only). */
    public Optional<Long> getPaysId() {
        return Optional.ofNullable(paysId);
    }

    /** ISO alpha-2 code of the post's country (POSTE only). */
    public Optional<String> getPaysCode() {
        return Optional.ofNullable(paysCode);
    }

    /** The French authority a COLLECTIVITE user acts for. */
    public Optional<Long> getCollectiviteFrancaiseId() {
        return Optional.ofNullable(collectiviteFrancaiseId);
    }

    /** The foreign authority a COLLECTIVITE user acts for. */
    public Optional<Long> getCollectivitePartenaireId() {
        return Optional.ofNullable(collectivitePartenaireId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoopDecUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CoopDecUser[" + email + ", " + role + "]";
    }
}
