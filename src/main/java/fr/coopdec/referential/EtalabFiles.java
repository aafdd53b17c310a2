package fr.coopdec.referential;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the Etalab <i>découpage administratif</i> files (see data/etalab/ATTRIBUTION.md) into
 * {@link EtalabRecord}s: régions, départements, EPCI (code = SIREN) and current communes only.
 */
final class EtalabFiles {

    /** Bump when the mapping below changes, so that a start-up re-imports unchanged files. */
    static final String MAPPING_VERSION = "etalab-mapping-1";

    private static final String FOLDER = "/data/etalab/";
    private static final List<String> FILES = List.of("regions", "departements", "epci", "communes");
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Region(String code, String nom) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Departement(String code, String nom, String region) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Membre(String code) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Epci(String code, String nom, String type, Integer populationTotale, List<Membre> membres) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commune(
            String code,
            String nom,
            String type,
            String departement,
            String region,
            String siren,
            Integer population,
            List<String> codesPostaux) {}

    private final Map<String, byte[]> raw = new LinkedHashMap<>();

    private EtalabFiles() {}

    static EtalabFiles load() {
        EtalabFiles files = new EtalabFiles();
        for (String name : FILES) {
            try (InputStream in = EtalabFiles.class.getResourceAsStream(FOLDER + name + ".json.gz")) {
                if (in == null) {
                    throw new IllegalStateException("Missing Etalab file " + name);
                }
                files.raw.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** SHA-256 of the compressed files and of the mapping version. */
    String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(MAPPING_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            raw.values().forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Régions, then départements, EPCI and current communes (parents before children). */
    List<EtalabRecord> records() {
        List<Region> regions = read("regions", new TypeReference<List<Region>>() {});
        List<Departement> departements = read("departements", new TypeReference<List<Departement>>() {});
        List<Epci> epcis = read("epci", new TypeReference<List<Epci>>() {});
        List<Commune> communes = read("communes", new TypeReference<List<Commune>>() {}).stream()
                .filter(c -> "commune-actuelle".equals(c.type()))
                .toList();
        Map<String, Commune> communeByCode = new LinkedHashMap<>();
        communes.forEach(c -> communeByCode.put(c.code(), c));
        Map<String, String> epciOfCommune = new LinkedHashMap<>();
        epcis.forEach(e -> e.membres().forEach(m -> epciOfCommune.put(m.code(), e.code())));

        List<EtalabRecord> records =
                new ArrayList<>(regions.size() + departements.size() + epcis.size() + communes.size());
        regions.forEach(r -> records.add(new EtalabRecord(
                TypeCollectiviteFrancaise.REGION, r.code(), r.nom(), null, null, null, null, null, null, null)));
        departements.forEach(d -> records.add(new EtalabRecord(
                TypeCollectiviteFrancaise.DEPARTEMENT,
                d.code(),
                d.nom(),
                null,
                null,
                null,
                null,
                d.region(),
                null,
                null)));
        epcis.forEach(e -> {
            Commune seat = majorityDepartement(e, communeByCode);
            records.add(new EtalabRecord(
                    TypeCollectiviteFrancaise.EPCI,
                    e.code(),
                    e.nom(),
                    e.code(),
                    e.type(),
                    e.populationTotale(),
                    null,
                    seat == null ? null : seat.region(),
                    seat == null ? null : seat.departement(),
                    null));
        });
        communes.forEach(c -> records.add(new EtalabRecord(
                TypeCollectiviteFrancaise.COMMUNE,
                c.code(),
                c.nom(),
                c.siren(),
                null,
                c.population(),
                c.codesPostaux() == null || c.codesPostaux().isEmpty() ? null : String.join(" ", c.codesPostaux()),
                c.region(),
                c.departement(),
                epciOfCommune.get(c.code()))));
        return records;
    }

    /**
     * A member commune of the département most members belong to (the first member's on a tie): an
     * EPCI may straddle départements, and people file it under the one holding most of its communes.
     */
    private static Commune majorityDepartement(Epci epci, Map<String, Commune> communeByCode) {
        Map<String, List<Commune>> byDepartement = new LinkedHashMap<>();
        for (Membre membre : epci.membres()) {
            Commune commune = communeByCode.get(membre.code());
            if (commune != null) {
                byDepartement
                        .computeIfAbsent(commune.departement(), k -> new ArrayList<>())
                        .add(commune);
            }
        }
        return byDepartement.values().stream()
                .reduce((best, next) -> next.size() > best.size() ? next : best)
                .map(list -> list.get(0))
                .orElse(null);
    }

    private <T> List<T> read(String name, TypeReference<List<T>> type) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw.get(name)), 64 * 1024)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Etalab file " + name, e);
        }
    }
}
