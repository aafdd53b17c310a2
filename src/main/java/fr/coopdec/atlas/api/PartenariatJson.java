package fr.coopdec.atlas.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A partnership in the API's list. Codes for machines, labels (French) for people. */
@Schema(description = "Un partenariat de coopération décentralisée")
public record PartenariatJson(
        long id,
        String intitule,
        Libelle nature,
        Libelle statut,
        int anneeDebut,
        Integer anneeFin,
        Libelle pays,
        List<String> collectivitesFrancaises,
        List<String> collectivitesPartenaires,
        List<Libelle> thematiques,
        Instant derniereMiseAJour,
        @Schema(description = "Chemin de la page publique du partenariat") String lien) {

    /** A code and its French label. */
    public record Libelle(String code, String libelle) {}
}
