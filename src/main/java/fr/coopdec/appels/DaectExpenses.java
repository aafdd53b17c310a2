package fr.coopdec.appels;

import fr.coopdec.shared.crossmodule.CategorieDepense;
import fr.coopdec.shared.crossmodule.DaectFundedExpenses;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The expenses DAECT funds on a partnership, for FICOL's complementarity check (one SQL query). */
@Component
@Transactional(readOnly = true)
class DaectExpenses implements DaectFundedExpenses {

    private final NamedParameterJdbcTemplate jdbc;

    DaectExpenses(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FundedExpense> forPartnership(long partenariatId) {
        return jdbc.query(
                "SELECT l.categorie, l.annee, l.depense, l.part_daect, a.intitule appel, c.intitule, c.id"
                        + " FROM appels_ligne l JOIN appels_candidature c ON c.id = l.candidature_id"
                        + " JOIN appels_appel a ON a.id = c.appel_id"
                        + " WHERE c.partenariat_id = :p AND c.statut = 'ACCORDEE' AND l.part_daect > 0"
                        + " ORDER BY l.annee, l.categorie, l.id",
                new MapSqlParameterSource("p", partenariatId),
                (rs, i) -> new FundedExpense(
                        CategorieDepense.valueOf(rs.getString("categorie")),
                        rs.getInt("annee"),
                        rs.getString("depense"),
                        rs.getBigDecimal("part_daect"),
                        rs.getString("appel"),
                        rs.getString("intitule"),
                        rs.getLong("id")));
    }
}
