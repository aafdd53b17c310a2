package fr.coopdec.jeunesse;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Placements within the user's scope; France Volontaires and DAECT create and change them. */
@Service
public class MissionService {

    private final MissionRepository repository;
    private final VolontaireRepository volontaires;
    private final MissionRules rules;
    private final JeunesseScope scope;

    MissionService(
            MissionRepository repository, VolontaireRepository volontaires, MissionRules rules, JeunesseScope scope) {
        this.repository = repository;
        this.volontaires = volontaires;
        this.rules = rules;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
    public Page<Mission> find(MissionFilter filter, Pageable pageable) {
        Perimetre p = scope.perimetre();
        return repository.search(
                p.tout(),
                p.francaiseId(),
                p.partenaireId(),
                p.paysId(),
                filter.direction(),
                filter.statut(),
                MissionFilter.like(filter.texte()),
                filter.paysId(),
                pageable);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
    public Mission get(long id) {
        Mission m = repository.findById(id).orElseThrow(() -> new BusinessException("jeunesse.mission.not-found"));
        if (!scope.perimetre().couvre(m)) {
            throw new BusinessException("jeunesse.out-of-scope");
        }
        return m;
    }

    /**
     * Saves a placement after {@link MissionRules}. The volunteer's row is locked first, so that two
     * placements saved at the same moment cannot both pass the overlap check.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
    public Mission save(Mission mission) {
        if (mission.getVolontaire() == null || mission.getVolontaire().isNew()) {
            throw new BusinessException("jeunesse.mission.incomplete");
        }
        mission.setVolontaire(volontaires
                .findLocked(mission.getVolontaire().getId())
                .orElseThrow(() -> new BusinessException("jeunesse.volontaire.not-found")));
        if (mission.getStatut() != StatutMission.INTERROMPUE) {
            mission.setMotifInterruption(null);
        }
        rules.check(mission);
        return repository.save(mission);
    }

    /** Records an interruption: the reason is required; the placement ends on that day. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
    public Mission interrompre(long id, LocalDate le, String motif) {
        Mission m = repository.findById(id).orElseThrow(() -> new BusinessException("jeunesse.mission.not-found"));
        if (!m.getStatut().interruptible()) {
            throw new BusinessException("jeunesse.mission.not-interruptible");
        }
        if (motif == null || motif.isBlank()) {
            throw new BusinessException("jeunesse.mission.motif-required");
        }
        if (le == null || le.isBefore(m.getDateDebut()) || le.isAfter(m.getDateFin())) {
            throw new BusinessException("jeunesse.mission.interruption-date");
        }
        m.setStatut(StatutMission.INTERROMPUE);
        m.setMotifInterruption(motif);
        m.setDateFin(le);
        return m;
    }
}
