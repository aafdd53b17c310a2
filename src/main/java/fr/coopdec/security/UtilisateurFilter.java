package fr.coopdec.security;

import fr.coopdec.shared.security.Role;

/** Criteria of the users list; null fields do not filter. */
public record UtilisateurFilter(String text, Role role) {

    public static UtilisateurFilter none() {
        return new UtilisateurFilter(null, null);
    }
}
