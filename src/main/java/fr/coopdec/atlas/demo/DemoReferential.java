package fr.coopdec.atlas.demo;

import fr.coopdec.atlas.IatiIdentifiers;
import fr.coopdec.referential.CategorieCad;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.SearchText;
import fr.coopdec.shared.db.SequenceIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the demo partnerships are drawn from: the real referential (countries, themes, French
 * authorities weighted by population) and real foreign city names ({@code data/demo/villes.csv}),
 * stored as foreign authorities when the referential does not have them yet.
 */
final class DemoReferential {

    /** A country of the demo with its foreign authorities (first ones are the largest cities). */
    /** {@code oda}: on the DAC list of ODA recipients, where FICOL may fund projects. */
    record Country(long id, String code, String nomFr, String zone, boolean oda, WeightedPick<Authority> authorities) {
        boolean europe() {
            return zone.startsWith("EUROPE");
        }
    }

    record Authority(long id, String nom) {}

    /** {@code orgRef}: the IATI organisation identifier a partnership it declares is published under. */
    record French(long id, String type, String nom, String orgRef) {}

    record Theme(long id, String code, String libelle) {}

    final WeightedPick<Country> countries = new WeightedPick<>();
    final WeightedPick<French> french = new WeightedPick<>();
    final List<Theme> themes = new ArrayList<>();
    int countryCount;

    static DemoReferential load(JdbcTemplate jdbc, String author, Instant now) {
        DemoReferential r = new DemoReferential();
        jdbc.query("SELECT id, code, libelle_fr FROM thematique ORDER BY code", rs -> {
            r.themes.add(new Theme(rs.getLong(1), rs.getString(2), rs.getString(3)));
        });
        r.loadFrench(jdbc);
        r.loadCountries(jdbc, author, now);
        return r;
    }

    /**
     * Régions and départements weigh what their communes weigh; EPCI and communes their population
     * (to the power 0.8, so that small towns, which hold many twinnings, still show up).
     */
    private void loadFrench(JdbcTemplate jdbc) {
        Map<String, Double> byRegion = new HashMap<>();
        Map<String, Double> byDepartement = new HashMap<>();
        jdbc.query(
                "SELECT region_code, departement_code, SUM(population) FROM collectivite_francaise"
                        + " WHERE type = 'COMMUNE' GROUP BY region_code, departement_code",
                rs -> {
                    double population = rs.getDouble(3);
                    byRegion.merge(String.valueOf(rs.getString(1)), population, Double::sum);
                    byDepartement.merge(String.valueOf(rs.getString(2)), population, Double::sum);
                });
        jdbc.query("SELECT id, type, code, nom, population, siren FROM collectivite_francaise", rs -> {
            String type = rs.getString(2);
            String code = rs.getString(3);
            double weight =
                    switch (type) {
                        case "REGION" -> 0.12 * byRegion.getOrDefault(code, 0.0) / 18;
                        case "DEPARTEMENT" -> 0.20 * byDepartement.getOrDefault(code, 0.0) / 100;
                        case "EPCI" -> 0.10 * Math.pow(rs.getDouble(5), 0.8) * 30;
                        default -> 0.58 * Math.pow(rs.getDouble(5), 0.8);
                    };
            french.add(
                    new French(
                            rs.getLong(1),
                            type,
                            rs.getString(4),
                            IatiIdentifiers.organisationRef(
                                    TypeCollectiviteFrancaise.valueOf(type), code, rs.getString(6))),
                    weight);
        });
    }

    private void loadCountries(JdbcTemplate jdbc, String author, Instant created) {
        Map<String, Object[]> pays = new HashMap<>();
        jdbc.query("SELECT code_alpha2, id, nom_fr, zone, categorie_cad FROM pays", rs -> {
            pays.put(rs.getString(1), new Object[] {
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                CategorieCad.valueOf(rs.getString(5)).isOdaRecipient()
            });
        });
        Map<String, Long> known = new HashMap<>();
        jdbc.query("SELECT pays_id, nom, id FROM collectivite_partenaire ORDER BY id DESC", rs -> {
            known.put(rs.getLong(1) + "|" + rs.getString(2), rs.getLong(3));
        });
        List<String[]> lines =
                villes().stream().filter(line -> pays.containsKey(line[0])).toList();
        createMissing(jdbc, lines, pays, known, author, created);
        for (String[] line : lines) {
            Object[] p = pays.get(line[0]);
            long paysId = (Long) p[0];
            WeightedPick<Authority> authorities = new WeightedPick<>();
            String[] names = line[3].split("\\|");
            for (int i = 0; i < names.length; i++) {
                authorities.add(new Authority(known.get(paysId + "|" + names[i]), names[i]), 1 / Math.pow(i + 1, 0.7));
            }
            countries.add(
                    new Country(paysId, line[0], (String) p[1], (String) p[2], (Boolean) p[3], authorities),
                    Double.parseDouble(line[1]));
            countryCount++;
        }
    }

    /** Stores, as demo data, the cities the referential does not know yet; adds their ids to {@code known}. */
    private static void createMissing(
            JdbcTemplate jdbc,
            List<String[]> lines,
            Map<String, Object[]> pays,
            Map<String, Long> known,
            String author,
            Instant created) {
        List<Object[]> missing = new ArrayList<>();
        for (String[] line : lines) {
            long paysId = (Long) pays.get(line[0])[0];
            for (String nom : line[3].split("\\|")) {
                if (!known.containsKey(paysId + "|" + nom)) {
                    known.put(paysId + "|" + nom, -1L);
                    missing.add(new Object[] {paysId, line[2], nom});
                }
            }
        }
        long[] ids = SequenceIds.take(jdbc, "collectivite_partenaire_seq", missing.size());
        Timestamp now = Timestamp.from(created);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            Object[] m = missing.get(i);
            known.put(m[0] + "|" + m[2], ids[i]);
            rows.add(new Object[] {ids[i], now, author, now, author, m[2], m[0], m[1], SearchText.of((String) m[2])});
        }
        jdbc.batchUpdate(
                "INSERT INTO collectivite_partenaire (id, version, created_at, created_by, updated_at,"
                        + " updated_by, nom, pays_id, niveau, search_text) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    private static List<String[]> villes() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("data/demo/villes.csv").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split(",", 4))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
