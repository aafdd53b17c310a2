package fr.coopdec.referential;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a foreign authorities file all or nothing: every line is checked first, each bad line is
 * reported with its number, and nothing is stored unless all lines are good. Lines describing an
 * authority already known (same country, level and name) are skipped, so a file can be sent twice.
 * Unsecured: {@link CollectivitePartenaireService} checks the caller and passes the POSTE's country.
 */
@Component
class PartenaireCsvImporter {

    private final PaysRepository paysRepository;
    private final CollectivitePartenaireRepository repository;
    private final TransactionTemplate transaction;

    PartenaireCsvImporter(
            PaysRepository paysRepository,
            CollectivitePartenaireRepository repository,
            TransactionTemplate transaction) {
        this.paysRepository = paysRepository;
        this.repository = repository;
        this.transaction = transaction;
    }

    /** @param onlyPaysId when set (a POSTE), lines of any other country are refused */
    CsvImportResult importCsv(Reader reader, Long onlyPaysId) {
        List<PartenaireCsvLine> lines;
        try (CSVParser parser = ReferenceCsv.FORMAT.parse(reader)) {
            if (!parser.getHeaderNames().containsAll(List.of("nom", "pays", "niveau"))) {
                return CsvImportResult.refused(
                        List.of(CsvLineError.of(1, "referential.csv.error.header", PartenaireCsvLine.HEADER)));
            }
            lines = parser.stream().map(PartenaireCsvLine::of).toList();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return CsvImportResult.refused(List.of(CsvLineError.of(1, "referential.csv.error.unreadable")));
        }
        return transaction.execute(status -> {
            CsvImportResult result = new Run(onlyPaysId).apply(lines);
            if (!result.ok()) {
                status.setRollbackOnly();
            }
            return result;
        });
    }

    /** The state of one import: what each line resolved to. */
    private final class Run {
        private final Long onlyPaysId;
        private final Map<String, Optional<Pays>> paysByCode = new HashMap<>();
        private final List<CsvLineError> errors = new ArrayList<>();
        private final Map<String, Integer> lineByKey = new HashMap<>();
        /** Authorities of the file by "country|code": new ones (not yet stored) and known ones. */
        private final Map<String, CollectivitePartenaire> byCode = new HashMap<>();

        private final Map<CollectivitePartenaire, PartenaireCsvLine> toAdd = new LinkedHashMap<>();
        private int alreadyPresent;

        Run(Long onlyPaysId) {
            this.onlyPaysId = onlyPaysId;
        }

        CsvImportResult apply(List<PartenaireCsvLine> lines) {
            lines.forEach(this::check);
            toAdd.forEach(this::resolveParent);
            toAdd.forEach(this::checkNoCycle);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingInt(CsvLineError::line));
                return CsvImportResult.refused(errors);
            }
            List<CollectivitePartenaire> ordered = new ArrayList<>();
            toAdd.keySet().forEach(entity -> addParentsFirst(entity, ordered));
            repository.saveAll(ordered);
            return new CsvImportResult(ordered.size(), alreadyPresent, List.of());
        }

        private void check(PartenaireCsvLine line) {
            int before = errors.size();
            if (line.nom() == null) {
                error(line, "referential.csv.error.nom-empty");
            } else if (line.nom().length() > PartenaireCsvLine.MAX_NOM) {
                error(line, "referential.csv.error.nom-too-long", PartenaireCsvLine.MAX_NOM);
            }
            Pays pays = checkPays(line);
            Optional<NiveauCollectivitePartenaire> niveau = line.parsedNiveau();
            if (niveau.isEmpty()) {
                error(
                        line,
                        "referential.csv.error.niveau-unknown",
                        String.valueOf(line.niveau()),
                        String.join(
                                ", ",
                                java.util.Arrays.stream(NiveauCollectivitePartenaire.values())
                                        .map(Enum::name)
                                        .toList()));
            }
            if (line.code() != null && line.code().length() > PartenaireCsvLine.MAX_CODE) {
                error(line, "referential.csv.error.code-too-long", PartenaireCsvLine.MAX_CODE);
            }
            if (errors.size() > before) {
                return;
            }
            Integer first = lineByKey.putIfAbsent(line.key(), line.line());
            String codeKey = line.code() == null
                    ? null
                    : pays.getCodeAlpha2() + "|" + line.code().toLowerCase(java.util.Locale.ROOT);
            if (first != null) {
                error(line, "referential.csv.error.duplicate", first);
            } else if (codeKey != null && byCode.containsKey(codeKey)) {
                error(line, "referential.csv.error.duplicate-code", line.code());
            } else {
                Optional<CollectivitePartenaire> known =
                        repository.findByPaysAndNiveauAndNomIgnoreCase(pays, niveau.get(), line.nom());
                CollectivitePartenaire entity = known.orElseGet(() -> newEntity(line, pays, niveau.get()));
                if (known.isPresent()) {
                    alreadyPresent++;
                } else {
                    toAdd.put(entity, line);
                }
                if (codeKey != null) {
                    byCode.put(codeKey, entity);
                }
            }
        }

        private Pays checkPays(PartenaireCsvLine line) {
            if (line.pays() == null) {
                error(line, "referential.csv.error.pays-empty");
                return null;
            }
            String code = line.pays().toUpperCase(java.util.Locale.ROOT);
            Optional<Pays> pays = paysByCode.computeIfAbsent(code, paysRepository::findByCodeAlpha2);
            if (pays.isEmpty()) {
                error(line, "referential.csv.error.pays-unknown", line.pays());
                return null;
            }
            if (onlyPaysId != null && !onlyPaysId.equals(pays.get().getId())) {
                error(line, "referential.csv.error.pays-out-of-scope", line.pays());
            }
            return pays.get();
        }

        private CollectivitePartenaire newEntity(
                PartenaireCsvLine line, Pays pays, NiveauCollectivitePartenaire niveau) {
            CollectivitePartenaire entity = new CollectivitePartenaire(line.nom(), pays, niveau);
            entity.setCodeOfficiel(line.code());
            return entity;
        }

        private void resolveParent(CollectivitePartenaire entity, PartenaireCsvLine line) {
            if (line.parent() == null) {
                return;
            }
            Pays pays = entity.getPays();
            CollectivitePartenaire parent =
                    byCode.get(pays.getCodeAlpha2() + "|" + line.parent().toLowerCase(java.util.Locale.ROOT));
            if (parent == null) {
                parent = repository
                        .findFirstByPaysAndCodeOfficielIgnoreCase(pays, line.parent())
                        .orElse(null);
            }
            if (parent == null || parent == entity) {
                error(line, "referential.csv.error.parent-not-found", line.parent());
            } else {
                entity.setParent(parent);
            }
        }

        private void checkNoCycle(CollectivitePartenaire entity, PartenaireCsvLine line) {
            CollectivitePartenaire ancestor = entity.getParent();
            for (int steps = 0; ancestor != null && toAdd.containsKey(ancestor); steps++) {
                if (ancestor == entity || steps > toAdd.size()) {
                    error(line, "referential.csv.error.parent-cycle", line.parent());
                    return;
                }
                ancestor = ancestor.getParent();
            }
        }

        private void addParentsFirst(CollectivitePartenaire entity, List<CollectivitePartenaire> ordered) {
            if (ordered.contains(entity)) {
                return;
            }
            CollectivitePartenaire parent = entity.getParent();
            if (parent != null && toAdd.containsKey(parent) && !ordered.contains(parent)) {
                addParentsFirst(parent, ordered);
            }
            ordered.add(entity);
        }

        private void error(PartenaireCsvLine line, String key, Object... arguments) {
            errors.add(CsvLineError.of(line.line(), key, arguments));
        }
    }
}
