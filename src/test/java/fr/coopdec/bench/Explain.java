package fr.coopdec.bench;

import fr.coopdec.atlas.AtlasBenchSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a statement's plan reads, from MariaDB's EXPLAIN: the total, then each table with the
 * index it uses and its estimate ("p:ix_partenariat_intitule=20"), so that a regression in the
 * benchmark shows why (a lost index, a plan that now scans).
 */
final class Explain {

    private Explain() {}

    static String rows(Connection connection, AtlasBenchSql.Statement statement) {
        long total = 0;
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("EXPLAIN " + statement.sql())) {
            for (int i = 0; i < statement.values().length; i++) {
                ps.setObject(i + 1, statement.values()[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rows = rs.getLong("rows");
                    total += rows;
                    String key = rs.getString("key");
                    tables.add(rs.getString("table") + ":" + (key == null ? rs.getString("type") : key) + "=" + rows);
                }
            }
        } catch (SQLException e) {
            return "EXPLAIN failed: " + e.getMessage();
        }
        return total + " " + tables;
    }
}
