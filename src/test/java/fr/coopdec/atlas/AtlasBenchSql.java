package fr.coopdec.atlas;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * For the benchmark only: the exact SQL that {@link AtlasQueries#search} sends for a filter, turned
 * into positional JDBC statements, so that the same queries can be timed over plain JDBC.
 */
public final class AtlasBenchSql {

    /** One statement and its values, ready for a {@code PreparedStatement}. */
    public record Statement(String sql, Object[] values) {}

    private AtlasBenchSql() {}

    /** The first-page id query of a search, sorted as the API sorts by default. */
    public static Statement firstPageIds(AtlasQueries queries, PartenariatFilter filter, Pageable pageable) {
        PartenariatSql sql = new PartenariatSql(filter);
        sql.params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        if (filter.texte() != null) {
            return positional(AtlasQueries.textPageSql(sql.where, pageable.getSort()), sql.params);
        }
        boolean followTitle = queries.followsTitleIndex(filter, pageable, queries.summaryCount(filter));
        return positional(
                AtlasQueries.idSql(sql.where, pageable.getSort(), followTitle) + " LIMIT :limit OFFSET :offset",
                sql.params);
    }

    /**
     * The count query: from the summary for one dimension alone, else the link-table count of a search by one authority, région or
     * département; null for a full-text search, whose page query counts its matches itself.
     */
    public static Statement count(PartenariatFilter filter) {
        if (filter.texte() != null) {
            return null;
        }
        AtlasSummary.Sql summary = AtlasSummary.countSql(filter);
        if (summary != null) {
            return positional(summary.sql(), summary.params());
        }
        PartenariatSql.LinkCount linkCount = PartenariatSql.linkCount(filter);
        if (linkCount != null) {
            return positional(linkCount.sql(), linkCount.params());
        }
        PartenariatSql sql = new PartenariatSql(filter);
        return positional("SELECT COUNT(*) FROM partenariat p WHERE " + sql.where, sql.params);
    }

    /** The statement behind a map or chart figure of all partnerships: PAYS, ZONE, ANNEE, THEME, REGION. */
    public static Statement figure(String name) {
        AtlasSummary.Sql sql = AtlasSummary.Figure.valueOf(name).sql(PartenariatFilter.all());
        return positional(sql.sql(), sql.params());
    }

    /** The summaries query for those ids. */
    public static Statement resumes(List<Long> ids) {
        String in = String.join(", ", ids.stream().map(id -> "?").toList());
        return new Statement(AtlasQueries.RESUMES_SQL.replace(":ids", in), ids.toArray());
    }

    private static Statement positional(String named, MapSqlParameterSource params) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(named);
        String jdbc = NamedParameterUtils.substituteNamedParameters(parsed, params);
        Object[] values = NamedParameterUtils.buildValueArray(parsed, params, null);
        List<Object> flat = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Iterable<?> many) {
                many.forEach(flat::add);
            } else {
                flat.add(value);
            }
        }
        return new Statement(jdbc, flat.toArray());
    }
}
