package fr.coopdec.security;

/** The roles of ARCHITECTURE.md. Labels: {@code security.role.<NAME>}. */
public enum Role {
    ADMIN, POSTE, COLLECTIVITE, AFD, VOLONTARIAT, ORGANISATEUR;

    public String authority() {
        return "ROLE_" + name();
    }
}
