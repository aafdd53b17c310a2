package fr.coopdec.appels;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** DAECT opens and edits its calls; authorities and embassy posts read them. */
@Service
public class AppelDaectService {

    private final AppelDaectRepository repository;
    private final NamedParameterJdbcTemplate jdbc;

    AppelDaectService(AppelDaectRepository repository, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE, Roles.POSTE})
    public AppelDaect get(long id) {
        return repository.findById(id).orElseThrow(() -> new BusinessException("appels.appel.introuvable"));
    }

    /**
     * Saves a call. An edit locks the call's row first: a decision granting money at the same moment
     * waits, so the budget is never lowered below what is already granted. An edit of a stale copy
     * fails on its version (the form says someone else changed the call).
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AppelDaect save(AppelDaect appel) {
        AppelsRules.verifierAppel(appel);
        if (!appel.isNew()) {
            BigDecimal engage = jdbc.queryForObject(
                    "SELECT montant_engage FROM appels_appel WHERE id = :id FOR UPDATE",
                    new MapSqlParameterSource("id", appel.getId()),
                    BigDecimal.class);
            if (engage != null && appel.getBudget().compareTo(engage) < 0) {
                throw new BusinessException("appels.appel.budget-sous-engage", appel.getBudget(), engage);
            }
        }
        AppelDaect saved = repository.saveAndFlush(appel);
        return repository.findById(saved.getId()).orElseThrow();
    }
}
