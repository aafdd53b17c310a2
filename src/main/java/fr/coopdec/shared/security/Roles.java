package fr.coopdec.shared.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String POSTE = "POSTE";
    public static final String COLLECTIVITE = "COLLECTIVITE";
    public static final String AFD = "AFD";
    public static final String VOLONTARIAT = "VOLONTARIAT";
    public static final String ORGANISATEUR = "ORGANISATEUR";

    private Roles() {}
}
