package fr.coopdec.ficol;

import fr.coopdec.shared.CsvCells;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FICOL dashboard: amounts requested, committed and disbursed by country, DAC category and year
 * of submission (one GROUP BY each), and the CSV export of the files; an embassy post sees its country.
 */
@Service
public class FicolStatistiques {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    private final java.time.Clock clock;

    FicolStatistiques(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE})
    public List<FicolAgregat> parPays() {
        return agreger("p.nom_fr");
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE})
    public List<FicolAgregat> parCategorie() {
        return agreger("p.categorie_cad");
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE})
    public List<FicolAgregat> parAnnee() {
        return agreger("CAST(YEAR(d.date_depot) AS CHAR)");
    }

    private List<FicolAgregat> agreger(String cle) {
        MapSqlParameterSource params = new MapSqlParameterSource("today", java.time.LocalDate.now(clock));
        String sql = "SELECT " + cle + " AS cle, COUNT(*) AS n, SUM(d.montant_demande) AS demande,"
                + " SUM(" + FicolMontants.GRANTED + ") AS engage,"
                + " SUM(" + FicolMontants.PAID + ") AS verse FROM ficol_dossier d JOIN pays p ON p.id = d.pays_id"
                + " WHERE d.statut <> 'BROUILLON'" + scope(params) + " GROUP BY " + cle + " ORDER BY " + cle;
        return jdbc.query(
                sql,
                params,
                (rs, i) -> new FicolAgregat(
                        rs.getString("cle"),
                        rs.getLong("n"),
                        rs.getBigDecimal("demande"),
                        rs.getBigDecimal("engage"),
                        rs.getBigDecimal("verse")));
    }

    private String scope(MapSqlParameterSource params) {
        CoopDecUser user = currentUser.require();
        if (user.hasRole(Role.POSTE)) {
            params.addValue("pays", user.getPaysId().orElse(-1L));
            return " AND d.pays_id = :pays";
        }
        return "";
    }

    /** Every file in scope, one line each, for a spreadsheet (UTF-8 with BOM, semicolons for French Excel). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE})
    public void exporterCsv(Writer out) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql =
                "SELECT d.id, d.intitule, c.nom AS collectivite, p.code_alpha2, p.nom_fr, p.categorie_cad, d.statut,"
                        + " d.date_depot, d.budget_total, d.montant_demande, d.montant_accorde, d.montant_verse,"
                        + " d.echeance_rapport_final, d.rapport_final_recu_le FROM ficol_dossier d"
                        + " JOIN pays p ON p.id = d.pays_id JOIN collectivite_francaise c ON c.id = d.chef_de_file_id"
                        + " WHERE 1 = 1" + scope(params) + " ORDER BY d.id";
        try {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(
                    out,
                    CSVFormat.DEFAULT
                            .builder()
                            .setDelimiter(';')
                            .setHeader(
                                    "id",
                                    "intitule",
                                    "collectivite_chef_de_file",
                                    "pays_code",
                                    "pays",
                                    "categorie_cad",
                                    "statut",
                                    "date_depot",
                                    "budget_total",
                                    "montant_demande",
                                    "montant_accorde",
                                    "montant_verse",
                                    "echeance_rapport_final",
                                    "rapport_final_recu_le")
                            .get());
            jdbc.query(sql, params, rs -> {
                try {
                    CsvCells.printRecord(
                            csv,
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getDate(8),
                            rs.getBigDecimal(9),
                            rs.getBigDecimal(10),
                            rs.getBigDecimal(11),
                            rs.getBigDecimal(12),
                            rs.getDate(13),
                            rs.getDate(14));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
