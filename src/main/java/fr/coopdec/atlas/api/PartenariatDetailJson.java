package fr.coopdec.atlas.api;

import fr.coopdec.atlas.api.PartenariatJson.Libelle;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A partnership with its projects; contacts are given by function only (names and e-mails are personal data). */
@Schema(description = "Un partenariat avec ses projets et leurs cofinancements")
public record PartenariatDetailJson(
        long id,
        String intitule,
        String description,
        Libelle nature,
        Libelle statut,
        int anneeDebut,
        Integer anneeFin,
        Libelle pays,
        List<Libelle> collectivitesFrancaises,
        List<String> collectivitesPartenaires,
        List<Libelle> thematiques,
        @Schema(description = "Fonctions des personnes à contacter (ni noms ni adresses)") List<String> contacts,
        List<ProjetJson> projets,
        @Schema(
                        description =
                                "Subventions accordées au partenariat par d’autres dispositifs (FICOL) et leurs versements")
                List<FinancementJson> financements,
        Instant derniereMiseAJour,
        String lien) {

    public record ProjetJson(
            long id,
            String titre,
            String description,
            Libelle statut,
            int statutIati,
            LocalDate dateDebut,
            LocalDate dateFin,
            BigDecimal budgetTotal,
            List<Libelle> thematiques,
            List<CofinancementJson> cofinancements) {}

    public record CofinancementJson(Libelle source, BigDecimal montant) {}

    @Schema(description = "Une subvention accordée (engagement) et ses tranches versées à ce jour")
    public record FinancementJson(
            String identifiant,
            String titre,
            String financeur,
            LocalDate dateAccord,
            BigDecimal montantAccorde,
            BigDecimal montantVerse,
            List<VersementJson> versements) {}

    public record VersementJson(LocalDate date, BigDecimal montant) {}
}
