package fr.coopdec.jeunesse;

import fr.coopdec.shared.crossmodule.YouthCalls;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The youth calls as one kind of DAECT call, for the calls module's list (one SQL query). */
@Component
@Transactional(readOnly = true)
class JeunesseYouthCalls implements YouthCalls {

    /** The page where DAECT manages the youth calls (the Jeunesse module's own route). */
    static final String ROUTE = "jeunesse/appels";

    private final JdbcTemplate jdbc;

    JeunesseYouthCalls(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<YouthCall> youthCalls() {
        return jdbc.query(
                "SELECT a.id, a.intitule, a.annee, COUNT(p.id), COALESCE(SUM(p.subvention), 0)"
                        + " FROM jeunesse_appel a LEFT JOIN jeunesse_projet p ON p.appel_id = a.id"
                        + " GROUP BY a.id, a.intitule, a.annee ORDER BY a.annee DESC, a.id DESC",
                (rs, i) -> new YouthCall(
                        rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getBigDecimal(5), ROUTE));
    }
}
