package fr.coopdec.atlas.demo;

import fr.coopdec.atlas.PartenariatSearchText;
import fr.coopdec.shared.DemoDataPresence;
import fr.coopdec.shared.db.SequenceIds;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the Atlas with believable, clearly labelled demonstration partnerships (see {@link DemoRows})
 * through JDBC batches: 3,000 partnerships take a few seconds, 100,000 (the benchmark) about a minute.
 * Rows are marked {@code created_by = }{@link #AUTHOR}; ids come from the sequences as Hibernate takes
 * them ({@link SequenceIds}); each partnership gets a creation revision, so its history page reads
 * "created by the demo data".
 */
@Service
public class AtlasDemoGenerator implements DemoDataPresence {

    /** The author of every demo row: how the UI and {@link #purge()} recognise demo data. */
    public static final String AUTHOR = "donnees-demo@coopdec.fr";

    private static final int CHUNK = 2_000;
    private static final Logger log = LoggerFactory.getLogger(AtlasDemoGenerator.class);

    /** What was generated, for the log and the tests. */
    public record Report(int partenariats, int projets, int pays, long millis) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PartenariatSearchText searchText;

    private final Clock clock;

    AtlasDemoGenerator(
            JdbcTemplate jdbc, TransactionTemplate transaction, PartenariatSearchText searchText, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.searchText = searchText;
    }

    /** Whether any demo partnership exists (an indexed lookup, cheap enough for every page). */
    @Override
    public boolean present() {
        return !jdbc.queryForList("SELECT 1 FROM partenariat WHERE created_by = ? LIMIT 1", Integer.class, AUTHOR)
                .isEmpty();
    }

    /** Adds {@code count} partnerships (about three projects each); same seed, same data. */
    public Report generate(int count, long seed) {
        long start = System.nanoTime();
        DemoReferential ref = DemoReferential.load(jdbc, AUTHOR, clock.instant());
        long revision = SequenceIds.take(jdbc, "revision_seq", 1)[0];
        jdbc.update(
                "INSERT INTO revision (id, timestamp, username) VALUES (?, ?, ?)", revision, clock.millis(), AUTHOR);
        SequenceIds partenariatIds = new SequenceIds(jdbc, "partenariat_seq");
        SequenceIds projetIds = new SequenceIds(jdbc, "projet_seq");
        Random random = new Random(seed);
        int projets = 0;
        for (int done = 0; done < count; done += CHUNK) {
            DemoRows rows = new DemoRows(ref, random, AUTHOR, revision, clock);
            for (int i = done; i < Math.min(count, done + CHUNK); i++) {
                rows.partenariat(partenariatIds, projetIds);
            }
            transaction.executeWithoutResult(status -> write(rows));
            projets += rows.projets.size();
        }
        searchText.refreshCreatedBy(AUTHOR);
        Report report = new Report(count, projets, ref.countryCount, (System.nanoTime() - start) / 1_000_000);
        log.info(
                "Atlas demo data: {} partnerships, {} projects in {} countries, generated in {} ms",
                report.partenariats(),
                report.projets(),
                report.pays(),
                report.millis());
        return report;
    }

    private void write(DemoRows rows) {
        batch(
                "INSERT INTO partenariat (id, version, created_at, created_by, updated_at, updated_by, intitule, pays_id,"
                        + " nature, statut, annee_debut, annee_fin, description, elu_fonction, technicien_fonction,"
                        + " derniere_mise_a_jour, declarante_id, iati_org_ref) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.partenariats);
        batch(
                "INSERT INTO partenariat_aud (id, rev, revtype, created_at, created_by, updated_at, updated_by, intitule,"
                        + " pays_id, nature, statut, annee_debut, annee_fin, description, elu_fonction, technicien_fonction,"
                        + " derniere_mise_a_jour) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.audits);
        batch(
                "INSERT INTO partenariat_collectivite_francaise (partenariat_id, collectivite_francaise_id)"
                        + " VALUES (?, ?)",
                rows.francaises);
        batch(
                "INSERT INTO partenariat_collectivite_partenaire (partenariat_id, collectivite_partenaire_id)"
                        + " VALUES (?, ?)",
                rows.etrangeres);
        batch("INSERT INTO partenariat_thematique (partenariat_id, thematique_id) VALUES (?, ?)", rows.themes);
        batch(
                "INSERT INTO projet (id, version, created_at, created_by, updated_at, updated_by, partenariat_id, titre,"
                        + " description, statut, date_debut, date_fin, budget_total)"
                        + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.projets);
        batch("INSERT INTO projet_thematique (projet_id, thematique_id) VALUES (?, ?)", rows.projetThemes);
        batch("INSERT INTO projet_cofinancement (projet_id, source, montant) VALUES (?, ?, ?)", rows.cofinancements);
    }

    private void batch(String sql, List<Object[]> rows) {
        jdbc.batchUpdate(sql, rows);
    }

    /** Removes every demo row (tests and the benchmark start from a known state). */
    public void purge() {
        transaction.executeWithoutResult(status -> {
            jdbc.update(
                    "DELETE FROM partenariat_aud WHERE rev IN (SELECT id FROM revision WHERE username = ?)", AUTHOR);
            jdbc.update("DELETE FROM revision WHERE username = ?", AUTHOR);
            jdbc.update("DELETE FROM partenariat WHERE created_by = ?", AUTHOR);
            jdbc.update(
                    "DELETE FROM collectivite_partenaire WHERE created_by = ? AND id NOT IN"
                            + " (SELECT collectivite_partenaire_id FROM partenariat_collectivite_partenaire)",
                    AUTHOR);
        });
    }
}
