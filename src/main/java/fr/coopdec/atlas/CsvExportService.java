package fr.coopdec.atlas;

import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.CsvCells;
import fr.coopdec.shared.TranslationProvider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/**
 * The CSV export of a search, for spreadsheet users: UTF-8 with a byte-order mark and ";" between
 * columns (what Excel in French expects), labels in words, French dates and decimal commas. Rows are
 * written a batch at a time and flushed, so a 100,000-row export streams in constant memory.
 */
@Service
public class CsvExportService {

    static final Locale FR = TranslationProvider.FRENCH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));
    private static final String LIST_SEPARATOR = " | ";
    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final AtlasQueries queries;
    private final AtlasExportQueries exportQueries;
    private final ReferentialQueries referential;
    private final Clock clock;
    private final FinancementsExternes financements;

    CsvExportService(
            AtlasQueries queries,
            AtlasExportQueries exportQueries,
            ReferentialQueries referential,
            Clock clock,
            FinancementsExternes financements) {
        this.financements = financements;
        this.queries = queries;
        this.exportQueries = exportQueries;
        this.referential = referential;
        this.clock = clock;
    }

    /** How many rows the export will have (for a progress bar). */
    public long total(PartenariatFilter filter, ModeExport mode) {
        return mode == ModeExport.PROJET ? exportQueries.countProjets(filter) : queries.count(filter);
    }

    /** The download's name, dated today. */
    public String fileName(ModeExport mode) {
        LocalDate today = LocalDate.now(clock);
        return "atlas-" + (mode == ModeExport.PROJET ? "projets" : "partenariats") + "-" + today + ".csv";
    }

    /**
     * Writes the export; {@code progress} receives the number of rows written after each batch.
     * {@code baseUrl} prefixes the link to each partnership's page (empty: a path).
     */
    public void write(
            PartenariatFilter filter, ModeExport mode, String baseUrl, OutputStream out, LongConsumer progress) {
        Map<String, String> themes = referential.allThematiques().stream()
                .collect(Collectors.toMap(Thematique::getCode, Thematique::getLibelleFr));
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            CsvCells.printRecord(printer, header(mode));
            long[] rows = {0};
            exportQueries.forEachBatch(filter, AtlasExportQueries.BATCH_SIZE, ids -> {
                List<PartenariatResume> resumes = queries.resumes(ids);
                Map<Long, List<ProjetExport>> projets =
                        mode == ModeExport.PROJET ? exportQueries.projets(ids) : Map.of();
                Map<Long, List<IatiFundingSource.FundedActivity>> grants =
                        mode == ModeExport.PARTENARIAT ? financements.of(ids) : Map.of();
                try {
                    for (PartenariatResume p : resumes) {
                        if (mode == ModeExport.PARTENARIAT) {
                            CsvCells.printRecord(
                                    printer,
                                    partenariatRow(p, grants.getOrDefault(p.id(), List.of()), themes, baseUrl));
                            rows[0]++;
                        } else {
                            for (ProjetExport projet : projets.getOrDefault(p.id(), List.of())) {
                                CsvCells.printRecord(printer, projetRow(p, projet, themes, baseUrl));
                                rows[0]++;
                            }
                        }
                    }
                    printer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.accept(rows[0]);
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(ModeExport mode) {
        List<String> keys = new ArrayList<>(List.of(
                "id",
                "intitule",
                "nature",
                "statut",
                "anneeDebut",
                "anneeFin",
                "pays",
                "codePays",
                "collectivitesFrancaises",
                "collectivitesPartenaires",
                "thematiques"));
        if (mode == ModeExport.PARTENARIAT) {
            keys.addAll(List.of(
                    "nombreProjets",
                    "subventions",
                    "subventionsAccorde",
                    "subventionsVerse",
                    "subventionsVersements",
                    "derniereMiseAJour",
                    "lien"));
        } else {
            keys.addAll(List.of(
                    "derniereMiseAJour",
                    "lien",
                    "projetId",
                    "projetTitre",
                    "projetStatut",
                    "projetDebut",
                    "projetFin",
                    "projetBudget",
                    "projetThematiques"));
        }
        List<String> header = new ArrayList<>(
                keys.stream().map(k -> label("atlas.export.colonne." + k)).toList());
        if (mode == ModeExport.PROJET) {
            for (SourceFinancement source : SourceFinancement.values()) {
                header.add(label("atlas.export.colonne.cofinancement", label("atlas.financement." + source.name())));
            }
        }
        return header;
    }

    private static List<Object> partenariatRow(
            PartenariatResume p,
            List<IatiFundingSource.FundedActivity> grants,
            Map<String, String> themes,
            String baseUrl) {
        List<Object> row = commonColumns(p, themes);
        row.add(p.nombreProjets());
        grantColumns(grants, row);
        row.add(p.derniereMiseAJour() == null ? "" : DATE_TIME.format(p.derniereMiseAJour()));
        row.add(baseUrl + "/atlas/partenariats/" + p.id());
        return row;
    }

    private static List<Object> projetRow(
            PartenariatResume p, ProjetExport projet, Map<String, String> themes, String baseUrl) {
        List<Object> row = commonColumns(p, themes);
        row.add(p.derniereMiseAJour() == null ? "" : DATE_TIME.format(p.derniereMiseAJour()));
        row.add(baseUrl + "/atlas/partenariats/" + p.id());
        row.add(projet.id());
        row.add(projet.titre());
        row.add(label("atlas.projet.statut." + projet.statut().name()));
        row.add(projet.dateDebut() == null ? "" : DATE.format(projet.dateDebut()));
        row.add(projet.dateFin() == null ? "" : DATE.format(projet.dateFin()));
        row.add(amount(projet.budgetTotal()));
        row.add(labels(projet.thematiqueCodes(), themes));
        for (SourceFinancement source : SourceFinancement.values()) {
            row.add(amount(projet.cofinancements().get(source)));
        }
        return row;
    }

    /**
     * The grants of other schemes (FICOL) as the API and IATI publish them: their references, the total
     * granted, the total paid to date and each payment; empty cells when there is none.
     */
    private static void grantColumns(List<IatiFundingSource.FundedActivity> grants, List<Object> row) {
        if (grants.isEmpty()) {
            row.addAll(List.of("", "", "", ""));
            return;
        }
        row.add(grants.stream().map(IatiFundingSource.FundedActivity::key).collect(Collectors.joining(LIST_SEPARATOR)));
        row.add(amount(grants.stream()
                .map(IatiFundingSource.FundedActivity::granted)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        row.add(amount(
                grants.stream().map(IatiFundingSource.FundedActivity::paid).reduce(BigDecimal.ZERO, BigDecimal::add)));
        row.add(grants.stream()
                .flatMap(g -> g.payments().stream()
                        .map(t -> g.key() + ", " + DATE.format(t.date()) + " : " + amount(t.amount())))
                .collect(Collectors.joining(LIST_SEPARATOR)));
    }

    private static List<Object> commonColumns(PartenariatResume p, Map<String, String> themes) {
        List<Object> row = new ArrayList<>();
        row.add(p.id());
        row.add(p.intitule());
        row.add(label("atlas.nature." + p.nature().name()));
        row.add(label("atlas.statut." + p.statut().name()));
        row.add(p.anneeDebut());
        row.add(p.anneeFin() == null ? "" : p.anneeFin());
        row.add(p.paysNomFr());
        row.add(p.paysCode());
        row.add(String.join(LIST_SEPARATOR, p.collectivitesFrancaises()));
        row.add(String.join(LIST_SEPARATOR, p.collectivitesPartenaires()));
        row.add(labels(p.thematiqueCodes(), themes));
        return row;
    }

    private static String labels(List<String> codes, Map<String, String> themes) {
        return codes.stream().map(c -> themes.getOrDefault(c, c)).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** "1234,50": a decimal comma, no thousands separator, so French Excel reads a number. */
    static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    static String label(String key, Object... args) {
        return TranslationProvider.translate(key, FR, args);
    }
}
