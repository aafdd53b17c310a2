package fr.coopdec.atlas;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CsvLineError;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DAECT's bulk import of partnerships from a CSV file (UTF-8, comma-separated, header line first):
 * <pre>
 * intitule                  required, at most 300 characters
 * pays                      required, ISO 3166 alpha-2 code of the partners' country (BJ, SN...)
 * collectivites_francaises  required, Atlas keys separated by |: commune COG code (69123), EPCI SIREN,
 *                           dep-XX for a département, reg-XX for a région
 * collectivites_partenaires required, names of foreign authorities of the referential in that country, separated by |
 * nature                    COOPERATION_DECENTRALISEE (default), JUMELAGE, ACCORD_COOPERATION, AUTRE
 * statut                    ACTIF (default), EN_SOMMEIL, TERMINE
 * annee_debut               required, year (1950 to next year); annee_fin optional
 * thematiques               theme codes separated by | (EAU_ASSAINISSEMENT|EDUCATION)
 * description               optional
 * </pre>
 * {@link #preview} checks every line and changes nothing; {@link #importer} stores all lines in one
 * transaction, or none if any line is wrong. Each partnership obeys {@link PartenariatRules}, like
 * those saved through {@link PartenariatService}.
 */
@Service
public class PartenariatCsvImport {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final ReferentialQueries referential;
    private final PartenariatRepository repository;
    private final PartenariatRules rules;
    private final EntityManager entityManager;
    private final Clock clock;

    PartenariatCsvImport(
            ReferentialQueries referential,
            PartenariatRepository repository,
            PartenariatRules rules,
            EntityManager entityManager,
            Clock clock) {
        this.referential = referential;
        this.repository = repository;
        this.rules = rules;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The template offered for download: the header and one example line. */
    public static String template() {
        return String.join(",", PartenariatCsvLine.COLUMNS) + "\n"
                + "Coopération Lyon – Porto-Novo,BJ,69123|dep-69,Porto-Novo,COOPERATION_DECENTRALISEE,ACTIF,2015,,"
                + "EAU_ASSAINISSEMENT|EDUCATION,Accès à l'eau potable et appui aux écoles\n";
    }

    /** Checks every line; stores nothing. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public PartenariatImportResult preview(byte[] csv) {
        Checked checked = check(csv, fraction -> {});
        return new PartenariatImportResult(checked.lines, checked.errors, 0);
    }

    /** Stores every partnership of the file, or none if a line is wrong; {@code progress} gets 0..1. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public PartenariatImportResult importer(byte[] csv, DoubleConsumer progress) {
        Checked checked = check(csv, fraction -> progress.accept(fraction / 2));
        if (!checked.errors.isEmpty()) {
            return new PartenariatImportResult(checked.lines, checked.errors, 0);
        }
        for (int i = 0; i < checked.partenariats.size(); i++) {
            Partenariat p = checked.partenariats.get(i);
            p.touch(clock.instant());
            repository.save(p);
            if (i % 100 == 99) {
                repository.flush();
                entityManager.clear();
                progress.accept(0.5 + 0.5 * (i + 1) / checked.partenariats.size());
            }
        }
        progress.accept(1);
        return new PartenariatImportResult(checked.lines, List.of(), checked.partenariats.size());
    }

    private record Checked(List<PartenariatCsvLine> lines, List<CsvLineError> errors, List<Partenariat> partenariats) {}

    private Checked check(byte[] csv, DoubleConsumer progress) {
        List<PartenariatCsvLine> lines;
        try (CSVParser parser =
                FORMAT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
            List<String> missing = PartenariatCsvLine.COLUMNS.stream()
                    .filter(c -> !parser.getHeaderNames().contains(c))
                    .toList();
            if (!missing.isEmpty()) {
                return new Checked(
                        List.of(),
                        List.of(error(1, "atlas.import.error.header", String.join(", ", missing))),
                        List.of());
            }
            lines = parser.stream().map(PartenariatCsvLine::of).toList();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Checked(List.of(), List.of(error(1, "atlas.import.error.unreadable")), List.of());
        }
        if (lines.isEmpty()) {
            return new Checked(lines, List.of(error(2, "atlas.import.error.empty")), List.of());
        }
        Map<String, Thematique> themes = referential.allThematiques().stream()
                .collect(Collectors.toMap(Thematique::getCode, Function.identity()));
        List<CsvLineError> errors = new ArrayList<>();
        List<Partenariat> partenariats = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            new PartenariatCsvCheck(this, lines.get(i), themes, errors)
                    .toPartenariat()
                    .ifPresent(partenariats::add);
            progress.accept((i + 1.0) / lines.size());
        }
        return new Checked(lines, errors, partenariats);
    }

    java.util.Optional<Pays> pays(String code) {
        return referential.findPays(code.toUpperCase(Locale.ROOT));
    }

    java.util.Optional<CollectiviteFrancaise> francaise(String cle) {
        return referential.findCollectiviteFrancaiseByCle(cle);
    }

    /** The foreign authorities of that name, whatever their country (so that "not in the country" can be said). */
    List<CollectivitePartenaire> partenaires(String nom) {
        return entityManager
                .createQuery(
                        "select c from CollectivitePartenaire c join fetch c.pays"
                                + " where lower(c.nom) = lower(:nom)",
                        CollectivitePartenaire.class)
                .setParameter("nom", nom)
                .getResultList();
    }

    void rules(Partenariat p) {
        rules.check(p);
    }

    static CsvLineError error(int line, String key, Object... arguments) {
        return new CsvLineError(line, key, List.of(arguments));
    }
}
