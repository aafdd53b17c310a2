package fr.coopdec.atlas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public, read-only side of the Atlas: search pages and counts in plain SQL (the same WHERE clause
 * for every use, see {@link PartenariatSql}), so that a search over 100,000 partnerships stays fast.
 * No transaction of its own (SUPPORTS): each answer is one to three read-only statements, which need
 * none, and opening one cost a quarter of a country search's first page and half of a map figure
 * read from the summary (bench/atlas.sh).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class AtlasQueries {

    /** Sort keys the UI and the API may ask for, mapped to SQL; id always breaks ties for a stable order. */
    private static final Map<String, String> SORTS = Map.of(
            "intitule", "p.intitule",
            "anneeDebut", "p.annee_debut",
            "derniereMiseAJour", "p.derniere_mise_a_jour",
            "statut", "p.statut",
            "id", "p.id");
    /** The sort keys callers may name (the API checks a request's {@code sort} against them). */
    public static final Set<String> SORT_KEYS = SORTS.keySet();

    private final NamedParameterJdbcTemplate jdbc;
    private final AtlasSummary summary;

    AtlasQueries(NamedParameterJdbcTemplate jdbc, AtlasSummary summary) {
        this.jdbc = jdbc;
        this.summary = summary;
    }

    public Page<PartenariatResume> search(PartenariatFilter filter, Pageable pageable) {
        PartenariatSql sql = new PartenariatSql(filter);
        if (pageable.isPaged() && filter.texte() != null) {
            return textSearch(filter, sql, pageable);
        }
        Long summaryCount = pageable.isPaged() ? summary.count(filter) : null;
        boolean followTitle = followsTitleIndex(filter, pageable, summaryCount);
        String select = idSql(sql.where, pageable.getSort(), followTitle);
        List<Long> ids;
        if (pageable.isPaged()) {
            sql.params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
            ids = jdbc.queryForList(select + " LIMIT :limit OFFSET :offset", sql.params, Long.class);
        } else {
            ids = jdbc.queryForList(select, sql.params, Long.class);
        }
        List<PartenariatResume> content = resumes(ids);
        if (pageable.isPaged() && (pageable.getOffset() > 0 || content.size() == pageable.getPageSize())) {
            return new PageImpl<>(content, pageable, summaryCount != null ? summaryCount : count(filter));
        }
        return new PageImpl<>(
                content, pageable, pageable.isPaged() ? pageable.getOffset() + content.size() : content.size());
    }

    /**
     * A full-text page counts its matches in the same statement ({@code COUNT(*) OVER ()}): the
     * full-text lookup is most of the cost (bench/atlas.sh, one word matching 7,658 of 100,000
     * partnerships: 25 ms), so running it once instead of twice (page, then count) saves a third.
     */
    private Page<PartenariatResume> textSearch(PartenariatFilter filter, PartenariatSql sql, Pageable pageable) {
        sql.params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<long[]> rows = jdbc.query(textPageSql(sql.where, pageable.getSort()), sql.params, (rs, i) ->
                new long[] {rs.getLong(1), rs.getLong(2)});
        List<Long> ids = rows.stream().map(r -> r[0]).toList();
        long total = !rows.isEmpty() ? rows.get(0)[1] : pageable.getOffset() == 0 ? 0 : count(filter);
        return new PageImpl<>(resumes(ids), pageable, total);
    }

    /**
     * Most rows the title index may be followed for, testing each against the filter, before reading
     * the matches first and sorting them is cheaper (a row tested costs about 7 µs in bench/atlas.sh).
     */
    static final long TITLE_SCAN_MAX_ROWS = 2_000;

    /**
     * Whether a page sorted by title is found faster by following the title index and testing each
     * partnership until the page is full, than by reading every match and sorting them. MariaDB
     * chooses the latter for a theme or a région (it does not weigh the LIMIT): a theme held by one
     * partnership in 13 read and sorted its 7,759 matches, 25 ms at 100,000 partnerships, where
     * following the title index tests about 260 rows, 1.5 ms. The summary tells how common the
     * filter is, so a rare theme still takes the other path. Country searches have their own
     * (country, title) index.
     */
    boolean followsTitleIndex(PartenariatFilter filter, Pageable pageable, Long matches) {
        if (matches == null || !pageable.isPaged() || !filter.paysCodes().isEmpty() || filter.texte() != null) {
            return false;
        }
        return titleScanIsCheap(
                        matches, summary.count(PartenariatFilter.all()), pageable.getOffset() + pageable.getPageSize())
                && sortedByTitle(pageable.getSort());
    }

    /** The summary's count of a filter on one dimension alone, else null (see {@link AtlasSummary#count}). */
    Long summaryCount(PartenariatFilter filter) {
        return summary.count(filter);
    }

    /** Whether following the title index reads few enough rows: {@code needed × total ÷ matches}. */
    static boolean titleScanIsCheap(long matches, Long total, long needed) {
        return matches > 0 && total != null && needed * total <= TITLE_SCAN_MAX_ROWS * matches;
    }

    private static boolean sortedByTitle(Sort sort) {
        return orderBy(sort).equals("p.intitule ASC, p.id ASC");
    }

    /**
     * The id query of a page (without LIMIT), following the title index when told to. Then the filter
     * is wrapped in {@code IS TRUE} so that MariaDB tests each row's links (a dependent subquery, a
     * few index lookups) instead of first gathering every match of a région (4,203 authorities,
     * 10 ms) into a temporary table: a subquery inside an expression is never turned into a join.
     */
    static String idSql(String where, Sort sort, boolean followTitle) {
        if (followTitle) {
            return "SELECT p.id FROM partenariat p FORCE INDEX (ix_partenariat_intitule) WHERE (" + where
                    + ") IS TRUE ORDER BY " + orderBy(sort);
        }
        return "SELECT p.id FROM partenariat p WHERE " + where + " ORDER BY " + orderBy(sort);
    }

    static String textPageSql(String where, Sort sort) {
        return "SELECT p.id, COUNT(*) OVER () FROM partenariat p WHERE " + where + " ORDER BY " + orderBy(sort)
                + " LIMIT :limit OFFSET :offset";
    }

    public long count(PartenariatFilter filter) {
        Long counted = summary.count(filter);
        if (counted != null) {
            return counted;
        }
        PartenariatSql.LinkCount linkCount = PartenariatSql.linkCount(filter);
        if (linkCount != null) {
            Long count = jdbc.queryForObject(linkCount.sql(), linkCount.params(), Long.class);
            return count == null ? 0 : count;
        }
        PartenariatSql sql = new PartenariatSql(filter);
        Long count =
                jdbc.queryForObject("SELECT COUNT(*) FROM partenariat p WHERE " + sql.where, sql.params, Long.class);
        return count == null ? 0 : count;
    }

    /** The summaries query (also timed over plain JDBC by the benchmark). */
    static final String RESUMES_SQL =
            """
                SELECT p.id, p.intitule, p.statut, p.nature, p.annee_debut, p.annee_fin, p.derniere_mise_a_jour,
                       py.code_alpha2, py.nom_fr, py.nom_en,
                       (SELECT GROUP_CONCAT(c.nom ORDER BY c.nom SEPARATOR '\\n')
                          FROM partenariat_collectivite_francaise x
                          JOIN collectivite_francaise c ON c.id = x.collectivite_francaise_id
                         WHERE x.partenariat_id = p.id) AS francaises,
                       (SELECT GROUP_CONCAT(c.nom ORDER BY c.nom SEPARATOR '\\n')
                          FROM partenariat_collectivite_partenaire x
                          JOIN collectivite_partenaire c ON c.id = x.collectivite_partenaire_id
                         WHERE x.partenariat_id = p.id) AS partenaires,
                       (SELECT GROUP_CONCAT(t.code ORDER BY t.code SEPARATOR '\\n')
                          FROM partenariat_thematique x JOIN thematique t ON t.id = x.thematique_id
                         WHERE x.partenariat_id = p.id) AS themes,
                       (SELECT COUNT(*) FROM projet pr WHERE pr.partenariat_id = p.id) AS projets
                  FROM partenariat p JOIN pays py ON py.id = p.pays_id
                 WHERE p.id IN (:ids)
                """;

    /** The summaries of the given partnerships, in the given order. */
    public List<PartenariatResume> resumes(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PartenariatResume> byId =
                jdbc.query(RESUMES_SQL, new MapSqlParameterSource("ids", ids), (rs, i) -> resume(rs)).stream()
                        .collect(Collectors.toMap(PartenariatResume::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Partnerships per country (the map). */
    public List<Agregat> parPays(PartenariatFilter filter) {
        if (AtlasSummary.covers(filter)) {
            return summary.figure(AtlasSummary.Figure.PAYS, filter);
        }
        return aggregate(
                filter,
                "py.code_alpha2, py.nom_fr, py.nom_en, COUNT(*)",
                "partenariat p JOIN pays py ON py.id = p.pays_id",
                "py.id, py.code_alpha2, py.nom_fr, py.nom_en");
    }

    /** Partnerships per world zone; labels are translation keys' suffixes (the zone name). */
    public List<Agregat> parZone(PartenariatFilter filter) {
        if (AtlasSummary.covers(filter)) {
            return summary.figure(AtlasSummary.Figure.ZONE, filter);
        }
        return aggregate(
                filter,
                "py.zone, py.zone, py.zone, COUNT(*)",
                "partenariat p JOIN pays py ON py.id = p.pays_id",
                "py.zone");
    }

    /** Partnerships per start year, in year order. */
    public List<Agregat> parAnnee(PartenariatFilter filter) {
        return (AtlasSummary.covers(filter)
                        ? summary.figure(AtlasSummary.Figure.ANNEE, filter)
                        : aggregate(
                                filter,
                                "CAST(p.annee_debut AS CHAR), CAST(p.annee_debut AS CHAR), NULL, COUNT(*)",
                                "partenariat p",
                                "p.annee_debut"))
                .stream().sorted(Comparator.comparing(Agregat::cle)).toList();
    }

    /** Partnerships per theme (a partnership counts once in each of its themes). */
    public List<Agregat> parThematique(PartenariatFilter filter) {
        if (AtlasSummary.covers(filter)) {
            return summary.figure(AtlasSummary.Figure.THEME, filter);
        }
        return aggregate(
                filter,
                "t.code, t.libelle_fr, t.libelle_en, COUNT(*)",
                "partenariat p JOIN partenariat_thematique pt ON pt.partenariat_id = p.id JOIN thematique t ON t.id = pt.thematique_id",
                "t.id, t.code, t.libelle_fr, t.libelle_en");
    }

    /** Partnerships per French région of their French authorities (counted once per région). */
    public List<Agregat> parRegion(PartenariatFilter filter) {
        if (AtlasSummary.covers(filter)) {
            return summary.figure(AtlasSummary.Figure.REGION, filter);
        }
        return aggregate(
                filter,
                "r.code, r.nom, r.nom, COUNT(DISTINCT x.partenariat_id)",
                "partenariat p JOIN partenariat_collectivite_francaise x ON x.partenariat_id = p.id"
                        + " JOIN collectivite_francaise c ON c.id = x.collectivite_francaise_id"
                        + " JOIN collectivite_francaise r ON r.type = 'REGION'"
                        + " AND r.code = CASE WHEN c.type = 'REGION' THEN c.code ELSE c.region_code END",
                "r.id, r.code, r.nom");
    }

    private List<Agregat> aggregate(PartenariatFilter filter, String columns, String from, String groupBy) {
        PartenariatSql sql = new PartenariatSql(filter);
        return jdbc.query(
                "SELECT " + columns + " FROM " + from + " WHERE " + sql.where + " GROUP BY " + groupBy
                        + " ORDER BY COUNT(*) DESC",
                sql.params,
                (rs, i) -> new Agregat(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    static String orderBy(Sort sort) {
        String order = sort.stream()
                .filter(o -> SORTS.containsKey(o.getProperty()))
                .map(o -> SORTS.get(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        return (order.isEmpty() ? "p.intitule ASC" : order) + ", p.id ASC";
    }

    private static PartenariatResume resume(ResultSet rs) throws SQLException {
        Timestamp updated = rs.getTimestamp("derniere_mise_a_jour");
        Integer anneeFin = rs.getObject("annee_fin", Integer.class);
        return new PartenariatResume(
                rs.getLong("id"),
                rs.getString("intitule"),
                rs.getString("code_alpha2"),
                rs.getString("nom_fr"),
                rs.getString("nom_en"),
                StatutPartenariat.valueOf(rs.getString("statut")),
                NaturePartenariat.valueOf(rs.getString("nature")),
                rs.getInt("annee_debut"),
                anneeFin,
                updated == null ? null : updated.toInstant(),
                split(rs.getString("francaises")),
                split(rs.getString("partenaires")),
                split(rs.getString("themes")),
                rs.getInt("projets"));
    }

    private static List<String> split(String concatenated) {
        return concatenated == null ? List.of() : Arrays.asList(concatenated.split("\n"));
    }

    // --- Public pages (country, authority): one SQL query each, on the same WHERE clause as the search.

    /** Partnerships per status (key: the enum name), e.g. the "active" count of a country's page. */
    public List<Agregat> parStatut(PartenariatFilter filter) {
        return aggregate(filter, "p.statut, p.statut, p.statut, COUNT(*)", "partenariat p", "p.statut");
    }

    /** Partnerships per foreign authority (key: its id), most linked first, then by name. */
    public List<Agregat> parCollectivitePartenaire(PartenariatFilter filter) {
        PartenariatSql sql = new PartenariatSql(filter);
        return jdbc.query(
                "SELECT c.id, c.nom, COUNT(*) FROM partenariat p"
                        + " JOIN partenariat_collectivite_partenaire x ON x.partenariat_id = p.id"
                        + " JOIN collectivite_partenaire c ON c.id = x.collectivite_partenaire_id"
                        + " WHERE " + sql.where + " GROUP BY c.id, c.nom ORDER BY COUNT(*) DESC, c.nom, c.id",
                sql.params,
                (rs, i) -> new Agregat(rs.getString(1), rs.getString(2), rs.getString(2), rs.getLong(3)));
    }

    /** Projects of the selected partnerships. */
    public long countProjets(PartenariatFilter filter) {
        PartenariatSql sql = new PartenariatSql(filter);
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id" + " WHERE " + sql.where,
                sql.params,
                Long.class);
        return count == null ? 0 : count;
    }

    /** A final report still missing, on a project funded by a DAECT call. */
    public record RapportManquant(String titre, LocalDate attenduLe) {}

    /**
     * The DAECT-funded projects of an authority's partnerships whose final report was due before
     * {@code limite} and has not arrived, oldest first (FICOL's eligibility reads them).
     */
    public List<RapportManquant> rapportsDaectEnRetard(long collectiviteFrancaiseId, LocalDate limite) {
        return jdbc.query(
                """
                SELECT pr.titre, pr.rapport_final_attendu_le FROM projet pr
                  JOIN partenariat_collectivite_francaise x ON x.partenariat_id = pr.partenariat_id
                 WHERE x.collectivite_francaise_id = :cf AND pr.rapport_final_recu_le IS NULL
                   AND pr.rapport_final_attendu_le < :limite
                   AND EXISTS (SELECT 1 FROM projet_cofinancement c WHERE c.projet_id = pr.id AND c.source = 'DAECT')
                 ORDER BY pr.rapport_final_attendu_le, pr.id""",
                new MapSqlParameterSource("cf", collectiviteFrancaiseId).addValue("limite", limite),
                (rs, i) -> new RapportManquant(rs.getString(1), rs.getDate(2).toLocalDate()));
    }
}
