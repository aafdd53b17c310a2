package fr.coopdec.shared.security;

/** The roles (see docs/architecture.md, "Security and scope"). Labels: {@code security.role.<NAME>}. */
public enum Role {
    ADMIN,
    POSTE,
    COLLECTIVITE,
    AFD,
    VOLONTARIAT,
    ORGANISATEUR;

    public String authority() {
        return "ROLE_" + name();
    }
}
