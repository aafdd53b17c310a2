package fr.coopdec.security;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.Pays;
import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A person who signs in, with one role and the scope that role needs. */
@Entity
@Table(name = "utilisateur")
public class Utilisateur extends AbstractEntity {

    @NotBlank
    @Email(message = "{security.user.email.invalid}")
    @Size(max = 254)
    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @NotBlank
    @Size(max = 150)
    @Column(name = "nom", nullable = false, length = 150)
    private String nom;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    /** Scope of a POSTE: the country of the embassy. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "pays_id")
    private Pays pays;

    /** Scope of a COLLECTIVITE: a French authority... */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "collectivite_francaise_id")
    private CollectiviteFrancaise collectiviteFrancaise;

    /** ...or a foreign one. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "collectivite_partenaire_id")
    private CollectivitePartenaire collectivitePartenaire;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failed_login_at")
    private Instant firstFailedLoginAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Changed when access changes (disabled, role, scope, password): older sessions then end. */
    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    @Column(name = "preferred_language", length = 5)
    private String preferredLanguage;

    protected Utilisateur() {}

    public Utilisateur(String email, String nom, Role role) {
        this.email = email;
        this.nom = nom;
        this.role = role;
    }

    /** A blank user for the creation form: the administrator chooses the role. */
    public static Utilisateur blank() {
        return new Utilisateur();
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void unlock() {
        lockedUntil = null;
        failedLogins = 0;
        firstFailedLoginAt = null;
    }

    /** Ends every open session of this account at its next request. */
    void endSessions() {
        sessionStamp++;
    }

    long getSessionStamp() {
        return sessionStamp;
    }

    /** Clears the scope fields that do not belong to the role, so a stale scope never widens access. */
    void normaliseScope() {
        if (role != Role.POSTE) {
            pays = null;
        }
        if (role != Role.COLLECTIVITE) {
            collectiviteFrancaise = null;
            collectivitePartenaire = null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Pays getPays() {
        return pays;
    }

    public void setPays(Pays pays) {
        this.pays = pays;
    }

    public CollectiviteFrancaise getCollectiviteFrancaise() {
        return collectiviteFrancaise;
    }

    public void setCollectiviteFrancaise(CollectiviteFrancaise c) {
        this.collectiviteFrancaise = c;
    }

    public CollectivitePartenaire getCollectivitePartenaire() {
        return collectivitePartenaire;
    }

    public void setCollectivitePartenaire(CollectivitePartenaire c) {
        this.collectivitePartenaire = c;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    /** The principal of a session of this account, with its scope as it is now. */
    CoopDecUser toCoopDecUser(boolean locked) {
        var scope = new CoopDecUser.Scope(
                pays == null ? null : pays.getId(),
                pays == null ? null : pays.getCodeAlpha2(),
                collectiviteFrancaise == null ? null : collectiviteFrancaise.getId(),
                collectivitePartenaire == null ? null : collectivitePartenaire.getId());
        return new CoopDecUser(getId(), email, nom, passwordHash, role, scope, enabled, locked, sessionStamp);
    }
}
