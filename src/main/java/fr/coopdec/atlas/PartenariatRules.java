package fr.coopdec.atlas;

import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.BusinessException;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules every partnership obeys, whoever writes it (the edit form, the CSV import): one French
 * and one foreign authority at least, foreign ones in the partnership's country, sane years and
 * dates, no negative amount, no co-financing its funder's rules exclude in that country.
 */
@Component
public class PartenariatRules {

    private final Clock clock;
    private final List<IatiFundingSource> fundingSources;

    PartenariatRules(Clock clock, List<IatiFundingSource> fundingSources) {
        this.clock = clock;
        this.fundingSources = fundingSources;
    }

    /** Throws a {@link BusinessException} naming the first rule the partnership breaks. */
    public void check(Partenariat p) {
        if (p.getCollectivitesFrancaises().isEmpty()) {
            throw new BusinessException("atlas.rule.francaise-required");
        }
        if (p.getCollectivitesPartenaires().isEmpty()) {
            throw new BusinessException("atlas.rule.partenaire-required");
        }
        for (CollectivitePartenaire partenaire : p.getCollectivitesPartenaires()) {
            if (!partenaire.getPays().getId().equals(p.getPays().getId())) {
                throw new BusinessException("atlas.rule.partenaire-hors-pays", partenaire.getNom());
            }
        }
        if (p.getAnneeFin() != null && p.getAnneeFin() < p.getAnneeDebut()) {
            throw new BusinessException("atlas.rule.annees");
        }
        if (p.getAnneeDebut() > Year.now(clock).getValue() + 1) {
            throw new BusinessException("atlas.rule.annee-future");
        }
        for (Projet projet : p.getProjets()) {
            if (projet.getDateDebut() != null
                    && projet.getDateFin() != null
                    && projet.getDateFin().isBefore(projet.getDateDebut())) {
                throw new BusinessException("atlas.rule.projet-dates", projet.getTitre());
            }
            projet.getCofinancements().forEach(c -> {
                if (c.getMontant() == null || c.getMontant().signum() < 0) {
                    throw new BusinessException("atlas.rule.montant-negatif", projet.getTitre());
                }
                // The funder's own rules (FICOL funds DAC-listed countries only): no AFD money where it cannot go.
                for (IatiFundingSource source : fundingSources) {
                    source.refusedCofinancing(c.getSource(), p.getPays()).ifPresent(key -> {
                        throw new BusinessException(
                                key, projet.getTitre(), p.getPays().getNomFr());
                    });
                }
            });
        }
    }
}
