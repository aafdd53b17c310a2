package fr.coopdec.security;

import fr.coopdec.shared.security.Role;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UtilisateurRepository extends JpaRepository<Utilisateur, Long> {

    Optional<Utilisateur> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    @Query(
            """
            select u from Utilisateur u
            where (:text is null or lower(u.email) like :text or lower(u.nom) like :text)
              and (:role is null or u.role = :role)
            """)
    Page<Utilisateur> search(@Param("text") String text, @Param("role") Role role, Pageable pageable);

    /**
     * Counts one failed login in a single conditional UPDATE, so parallel attempts are all counted and
     * never conflict: a failure outside the window restarts the count at 1; the count reaching
     * {@code max} locks the account until {@code lockUntil}. Assignments read the row as it was (each
     * column is assigned only after the columns that read it), whatever MariaDB's assignment order.
     */
    @Modifying
    @Query(
            value =
                    """
            UPDATE utilisateur SET
              locked_until = CASE WHEN (CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < :windowStart
                                             THEN 1 ELSE failed_logins + 1 END) >= :max
                                  THEN :lockUntil ELSE locked_until END,
              failed_logins = CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < :windowStart
                                   THEN 1 ELSE failed_logins + 1 END,
              first_failed_login_at = CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at < :windowStart
                                           THEN :now ELSE first_failed_login_at END
            WHERE email = :email
            """,
            nativeQuery = true)
    int recordFailedLogin(
            @Param("email") String email,
            @Param("now") Instant now,
            @Param("windowStart") Instant windowStart,
            @Param("max") int max,
            @Param("lockUntil") Instant lockUntil);

    /** Clears the failure count on a successful login; one UPDATE, no version check (parallel sign-ins never fail). */
    @Modifying
    @Query(
            value = "UPDATE utilisateur SET last_login_at = :now, failed_logins = 0, first_failed_login_at = NULL, "
                    + "locked_until = NULL WHERE id = :id",
            nativeQuery = true)
    int recordSuccessfulLogin(@Param("id") long id, @Param("now") Instant now);

    /** What a signed-in session must still match: enabled flag and session stamp; null when the account is gone. */
    @Query(value = "SELECT session_stamp FROM utilisateur WHERE id = :id AND enabled = TRUE", nativeQuery = true)
    Long currentSessionStamp(@Param("id") long id);
}
