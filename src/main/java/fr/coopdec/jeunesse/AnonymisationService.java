package fr.coopdec.jeunesse;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of volunteers' personal data: N years (set by DAECT) after a volunteer's last placement,
 * the personal fields are removed for good. Runs every night; DAECT can also run it at once. The
 * placements stay, anonymous, so the reciprocity and public totals do not change.
 */
@Service
public class AnonymisationService {

    static final String DUREE = "duree_conservation_annees";
    private static final Logger log = LoggerFactory.getLogger(AnonymisationService.class);

    private final VolontaireRepository volontaires;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AnonymisationService(VolontaireRepository volontaires, JdbcTemplate jdbc, Clock clock) {
        this.volontaires = volontaires;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int dureeConservation() {
        return Integer.parseInt(
                jdbc.queryForObject("SELECT valeur FROM jeunesse_reglage WHERE cle = ?", String.class, DUREE));
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setDureeConservation(int annees) {
        if (annees < 1 || annees > 30) {
            throw new BusinessException("jeunesse.conservation.duree-invalide");
        }
        jdbc.update("UPDATE jeunesse_reglage SET valeur = ? WHERE cle = ?", String.valueOf(annees), DUREE);
    }

    /** Anonymises now every volunteer past the retention period; returns how many. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public int anonymiserMaintenant() {
        return anonymiser();
    }

    /** The nightly run ({@link JeunesseJobs}; no user: it is the system's own duty). */
    @Transactional
    public void nightly() {
        int count = anonymiser();
        if (count > 0) {
            log.info("Anonymised {} volunteer(s) past the retention period", count);
        }
    }

    private int anonymiser() {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = volontaires.echus(today.minusYears(dureeConservation()));
        volontaires.findAllById(ids).forEach(v -> v.anonymiser(today));
        return ids.size();
    }
}
