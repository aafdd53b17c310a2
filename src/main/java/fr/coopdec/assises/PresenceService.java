package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in at the entrance: a confirmed participant is marked present once per day (the primary key
 * (registration, day) refuses a second mark, even from two desks at once); a mistake can be undone.
 */
@Service
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class PresenceService {

    private final JdbcTemplate jdbc;
    private final InscriptionRepository inscriptions;
    private final AssisesScope scope;
    private final CurrentUser currentUser;
    private final Clock clock;

    PresenceService(
            JdbcTemplate jdbc,
            InscriptionRepository inscriptions,
            AssisesScope scope,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.inscriptions = inscriptions;
        this.scope = scope;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    @Transactional
    public void pointer(long inscriptionId, LocalDate jour) {
        Inscription i = gere(inscriptionId);
        if (i.getStatut() != StatutInscription.CONFIRMEE) {
            throw new BusinessException("assises.erreur.pointage-non-confirme", i.getNomComplet());
        }
        try {
            jdbc.update(
                    "INSERT INTO assises_presence (inscription_id, jour, pointe_at, pointe_par) VALUES (?, ?, ?, ?)",
                    inscriptionId,
                    jour,
                    java.sql.Timestamp.from(clock.instant()),
                    currentUser.require().getUsername());
        } catch (DuplicateKeyException e) {
            throw new BusinessException("assises.erreur.deja-pointe", i.getNomComplet());
        }
    }

    /** Check-in by the QR code of the badge; returns the participant. */
    @Transactional
    public Inscription pointerParJeton(long evenementId, String badgeJeton, LocalDate jour) {
        Inscription i = inscriptions
                .findByBadgeJeton(badgeJeton == null ? "" : badgeJeton.trim())
                .filter(x -> x.getEvenement().getId().equals(evenementId))
                .orElseThrow(() -> new BusinessException("assises.erreur.badge-inconnu"));
        pointer(i.getId(), jour);
        return i;
    }

    @Transactional
    public void annulerPointage(long inscriptionId, LocalDate jour) {
        gere(inscriptionId);
        jdbc.update("DELETE FROM assises_presence WHERE inscription_id = ? AND jour = ?", inscriptionId, jour);
    }

    @Transactional(readOnly = true)
    public boolean estPresent(long inscriptionId, LocalDate jour) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM assises_presence WHERE inscription_id = ? AND jour = ?",
                Integer.class,
                inscriptionId,
                jour);
        return n != null && n > 0;
    }

    /** Present participants of the day by category (one GROUP BY), for the live counters. */
    @Transactional(readOnly = true)
    public Map<CategorieParticipant, Long> presentsParCategorie(long evenementId, LocalDate jour) {
        scope.exigerGestion(evenementId);
        Map<CategorieParticipant, Long> result = new LinkedHashMap<>();
        jdbc.query(
                "SELECT i.categorie, COUNT(*) FROM assises_presence p JOIN assises_inscription i ON i.id = p.inscription_id"
                        + " WHERE i.evenement_id = ? AND p.jour = ? GROUP BY i.categorie ORDER BY i.categorie",
                rs -> {
                    result.put(CategorieParticipant.valueOf(rs.getString(1)), rs.getLong(2));
                },
                evenementId,
                jour);
        return result;
    }

    /** Days on which the participant was checked in (for the attendance certificate). */
    @Transactional(readOnly = true)
    public java.util.List<LocalDate> jours(long inscriptionId) {
        gere(inscriptionId);
        return jdbc
                .queryForList(
                        "SELECT jour FROM assises_presence WHERE inscription_id = ? ORDER BY jour",
                        java.sql.Date.class,
                        inscriptionId)
                .stream()
                .map(java.sql.Date::toLocalDate)
                .toList();
    }

    private Inscription gere(long inscriptionId) {
        Inscription i = inscriptions
                .findById(inscriptionId)
                .orElseThrow(() -> new BusinessException("assises.erreur.inscription-introuvable"));
        scope.exigerGestion(i.getEvenement().getId());
        return i;
    }
}
