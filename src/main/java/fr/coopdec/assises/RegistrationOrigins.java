package fr.coopdec.assises;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notes the client address of anonymous registrations (see {@link OrigineService}), inside the
 * registration's own transaction: one more statement of the batch rather than one more transaction
 * and commit per request.
 */
@Component
class RegistrationOrigins {

    private static final int MAX_ADDRESS = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegistrationOrigins(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code origins}: registration id and client address; the registrations must be flushed already. */
    void record(List<Origin> origins) {
        if (origins.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(
                "INSERT IGNORE INTO assises_inscription_origine (inscription_id, adresse_client, cree_le) VALUES (?, ?, ?)",
                origins.stream()
                        .map(o -> new Object[] {o.inscriptionId(), clientAddress(o.address()), now})
                        .toList());
    }

    private static String clientAddress(String address) {
        if (address == null || address.isBlank()) {
            return "?";
        }
        return address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
    }

    record Origin(long inscriptionId, String address) {}
}
