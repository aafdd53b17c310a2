package fr.coopdec.bourse;

import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** DAECT's dashboard figures: each is one SQL GROUP BY; the median is computed on the durations. */
@Service
@RolesAllowed(Roles.ADMIN)
@Transactional(readOnly = true)
public class BourseStatistiques {

    /** One bar of a chart: a code (status, ISO code, theme code), its label, its count. */
    public record Compte(String code, String libelleFr, String libelleEn, long nombre) {}

    private final JdbcTemplate jdbc;

    BourseStatistiques(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Compte> parStatut() {
        return jdbc.query(
                "SELECT statut, COUNT(*) n FROM bourse_fiche GROUP BY statut ORDER BY n DESC",
                (rs, i) -> new Compte(rs.getString(1), rs.getString(1), rs.getString(1), rs.getLong(2)));
    }

    /** Country of the foreign authority, or target country of a French one. */
    public List<Compte> parPays() {
        return jdbc.query(
                """
                SELECT p.code_alpha2, p.nom_fr, p.nom_en, COUNT(DISTINCT x.fiche_id) n FROM (
                  SELECT id fiche_id, pays_id FROM bourse_fiche WHERE pays_id IS NOT NULL
                  UNION ALL SELECT fiche_id, pays_id FROM bourse_fiche_pays_cible) x
                JOIN pays p ON p.id = x.pays_id
                GROUP BY p.code_alpha2, p.nom_fr, p.nom_en ORDER BY n DESC, p.nom_fr LIMIT 20""",
                (rs, i) -> new Compte(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    public List<Compte> parTheme() {
        return jdbc.query(
                """
                SELECT t.code, t.libelle_fr, t.libelle_en, COUNT(DISTINCT x.fiche_id) n FROM (
                  SELECT fiche_id, thematique_id FROM bourse_fiche_expertise
                  UNION ALL SELECT fiche_id, thematique_id FROM bourse_fiche_recherche) x
                JOIN thematique t ON t.id = x.thematique_id
                GROUP BY t.code, t.libelle_fr, t.libelle_en ORDER BY n DESC, t.libelle_fr""",
                (rs, i) -> new Compte(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    /** Median time from confirmation to the moderation decision (published or refused). */
    public Optional<Duration> medianeModeration() {
        List<Long> secondes = jdbc.queryForList(
                """
                SELECT TIMESTAMPDIFF(SECOND, confirmee_le, moderee_le) s FROM bourse_fiche
                WHERE confirmee_le IS NOT NULL AND moderee_le IS NOT NULL ORDER BY s""",
                Long.class);
        if (secondes.isEmpty()) {
            return Optional.empty();
        }
        int n = secondes.size();
        long median = n % 2 == 1 ? secondes.get(n / 2) : (secondes.get(n / 2 - 1) + secondes.get(n / 2)) / 2;
        return Optional.of(Duration.ofSeconds(median));
    }
}
