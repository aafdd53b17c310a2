package fr.coopdec.jeunesse;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireFilter;
import fr.coopdec.referential.CsvLineError;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.CsvCells;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * France Volontaires' bulk import of placements (UTF-8 CSV, comma-separated, header first; columns:
 * {@link MissionCsv#COLUMNS}). Volunteers are named by their id; the French authority by its Atlas key
 * (COG code, SIREN, dep-XX, reg-XX); the foreign authority by its name in the country. Every line obeys
 * {@link MissionRules}, overlaps included (with stored placements and between lines); the file is
 * stored whole, or not at all, with the errors given per line (the header is line 1).
 */
@Service
public class MissionCsvImport {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final VolontaireRepository volontaires;
    private final MissionRepository missions;
    private final ProjetRepository projets;
    private final MissionRules rules;
    private final ReferentialQueries referential;
    private final AtlasQueries atlas;

    MissionCsvImport(
            VolontaireRepository volontaires,
            MissionRepository missions,
            ProjetRepository projets,
            MissionRules rules,
            ReferentialQueries referential,
            AtlasQueries atlas) {
        this.volontaires = volontaires;
        this.missions = missions;
        this.projets = projets;
        this.rules = rules;
        this.referential = referential;
        this.atlas = atlas;
    }

    /** Result of an import: the errors per line, and how many placements were stored (0 on any error). */
    public record Resultat(List<CsvLineError> errors, int imported) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
    public Resultat importer(byte[] csv) {
        List<CsvLineError> errors = new ArrayList<>();
        List<Mission> lues = new ArrayList<>();
        try (CSVParser parser =
                FORMAT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
            List<String> missing = MissionCsv.COLUMNS.stream()
                    .filter(c -> !parser.getHeaderNames().contains(c))
                    .toList();
            if (!missing.isEmpty()) {
                return new Resultat(List.of(error(1, "jeunesse.import.error.header", String.join(", ", missing))), 0);
            }
            int line = 1;
            for (CSVRecord record : parser) {
                line++;
                try {
                    Mission m = mission(record);
                    rules.checkChamps(m);
                    for (Mission autre : lues) {
                        if (autre.getVolontaire().equals(m.getVolontaire()) && autre.chevauche(m)) {
                            throw new BusinessException("jeunesse.mission.chevauchement");
                        }
                    }
                    if (missions.chevauchements(m.getVolontaire().getId(), -1, m.getDateDebut(), m.getDateFin()) > 0) {
                        throw new BusinessException("jeunesse.mission.chevauchement");
                    }
                    lues.add(m);
                } catch (BusinessException e) {
                    errors.add(new CsvLineError(line, e.getMessageKey(), List.of(e.getArguments())));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Resultat(List.of(error(1, "jeunesse.import.error.unreadable")), 0);
        }
        if (errors.isEmpty() && lues.isEmpty()) {
            errors.add(error(2, "jeunesse.import.error.empty"));
        }
        if (!errors.isEmpty()) {
            return new Resultat(errors, 0);
        }
        missions.saveAll(lues);
        return new Resultat(List.of(), lues.size());
    }

    private Mission mission(CSVRecord r) {
        Volontaire v = volontaires
                .findById(number(r, "volontaire"))
                .orElseThrow(() -> new BusinessException("jeunesse.import.error.volontaire", r.get("volontaire")));
        Pays pays = referential
                .findPays(required(r, "pays"))
                .orElseThrow(() -> new BusinessException("jeunesse.import.error.pays", r.get("pays")));
        Mission m = new Mission(
                v,
                enumValue(Direction.class, r, "direction"),
                enumValue(Programme.class, r, "programme"),
                pays,
                CsvCells.restore(required(r, "ville")),
                date(r, "date_debut"),
                date(r, "date_fin"));
        m.setStatut(r.get("statut").isBlank() ? StatutMission.PREVUE : enumValue(StatutMission.class, r, "statut"));
        m.setMotifInterruption(CsvCells.restore(r.get("motif_interruption")));
        if (!r.get("collectivite_francaise").isBlank()) {
            m.setCollectiviteFrancaise(referential
                    .findCollectiviteFrancaiseByCle(r.get("collectivite_francaise"))
                    .orElseThrow(() ->
                            new BusinessException("jeunesse.import.error.francaise", r.get("collectivite_francaise"))));
        }
        m.setAssociationFrance(CsvCells.restore(r.get("association_france")));
        if (!r.get("collectivite_partenaire").isBlank()) {
            m.setCollectivitePartenaire(partenaire(r.get("collectivite_partenaire"), pays)
                    .orElseThrow(() -> new BusinessException(
                            "jeunesse.import.error.partenaire", r.get("collectivite_partenaire"))));
        }
        m.setAssociationEtranger(r.get("association_etranger"));
        if (!r.get("partenariat").isBlank()) {
            long id = number(r, "partenariat");
            if (atlas.resumes(List.of(id)).isEmpty()) {
                throw new BusinessException("jeunesse.import.error.partenariat", id);
            }
            m.setPartenariatId(id);
        }
        if (!r.get("projet").isBlank()) {
            m.setProjet(projets.findById(number(r, "projet"))
                    .orElseThrow(() -> new BusinessException("jeunesse.import.error.projet", r.get("projet"))));
        }
        return m;
    }

    private Optional<CollectivitePartenaire> partenaire(String nom, Pays pays) {
        return referential
                .findCollectivitesPartenaires(
                        new CollectivitePartenaireFilter(nom, pays.getId(), null), PageRequest.of(0, 20))
                .stream()
                .filter(c -> c.getNom().equalsIgnoreCase(nom))
                .findFirst();
    }

    private static String required(CSVRecord r, String column) {
        String value = r.get(column);
        if (value == null || value.isBlank()) {
            throw new BusinessException("jeunesse.import.error.required", column);
        }
        return value;
    }

    private static long number(CSVRecord r, String column) {
        try {
            return Long.parseLong(required(r, column));
        } catch (NumberFormatException e) {
            throw new BusinessException("jeunesse.import.error.number", column, r.get(column));
        }
    }

    private static LocalDate date(CSVRecord r, String column) {
        try {
            return LocalDate.parse(required(r, column));
        } catch (DateTimeParseException e) {
            throw new BusinessException("jeunesse.import.error.date", column, r.get(column));
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, CSVRecord r, String column) {
        try {
            return Enum.valueOf(type, required(r, column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("jeunesse.import.error.value", column, r.get(column));
        }
    }

    private static CsvLineError error(int line, String key, Object... arguments) {
        return new CsvLineError(line, key, List.of(arguments));
    }
}
