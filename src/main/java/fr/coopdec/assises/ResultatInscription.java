package fr.coopdec.assises;

import java.util.List;

/** What a registration request obtained, person by person (id, personal-link token, status). */
public record ResultatInscription(List<Ligne> lignes) {

    public record Ligne(long id, String jeton, String nomComplet, StatutInscription statut, List<Long> sessionsEnAttente) {
    }
}
