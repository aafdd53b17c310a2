package fr.coopdec.assises;

import java.util.List;

/**
 * What a registration request obtained, person by person (id, personal-link token, status). A person
 * already registered ({@code dejaInscrit}) gets the existing registration's id and status, no token:
 * the personal link is e-mailed to that person's address only.
 */
public record ResultatInscription(List<Ligne> lignes) {

    public record Ligne(
            long id,
            String jeton,
            String nomComplet,
            StatutInscription statut,
            List<Long> sessionsEnAttente,
            boolean dejaInscrit) {}
}
