package fr.coopdec.jeunesse;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Volunteers within the user's scope; creating and changing them is France Volontaires' and DAECT's. */
@Service
public class VolontaireService {

    private final VolontaireRepository repository;
    private final MissionRepository missions;
    private final JeunesseScope scope;
    private final Clock clock;

    VolontaireService(VolontaireRepository repository, MissionRepository missions, JeunesseScope scope, Clock clock) {
        this.repository = repository;
        this.missions = missions;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
    public Page<Volontaire> find(String texte, Pageable pageable) {
        Perimetre p = scope.perimetre();
        return repository.search(
                p.tout(), p.francaiseId(), p.partenaireId(), p.paysId(), MissionFilter.like(texte), pageable);
    }

    /** The volunteer, if the user sees at least one of its placements (or manages them all). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
    public Volontaire get(long id) {
        Volontaire v =
                repository.findById(id).orElseThrow(() -> new BusinessException("jeunesse.volontaire.not-found"));
        Perimetre p = scope.perimetre();
        if (!p.tout()
                && missions.findByVolontaireIdOrderByDateDebutAsc(id).stream().noneMatch(p::couvre)) {
            throw new BusinessException("jeunesse.out-of-scope");
        }
        return v;
    }

    /** Saves a volunteer; consent (with its date) is required, and an anonymised record stays anonymous. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
    public Volontaire save(Volontaire volontaire) {
        if (!volontaire.isNew()
                && repository
                        .findById(volontaire.getId())
                        .map(Volontaire::isAnonymise)
                        .orElse(false)) {
            throw new BusinessException("jeunesse.volontaire.anonymise");
        }
        if (!volontaire.estComplet()) {
            throw new BusinessException("jeunesse.volontaire.incomplete");
        }
        if (volontaire.getConsentementLe() == null) {
            throw new BusinessException("jeunesse.volontaire.consentement.required");
        }
        if (volontaire.getConsentementLe().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("jeunesse.volontaire.consentement.past");
        }
        return repository.save(volontaire);
    }

    /** Everything held on a person (right of access): the volunteer and its placements, as JSON. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public String exporter(long id) {
        Volontaire v =
                repository.findById(id).orElseThrow(() -> new BusinessException("jeunesse.volontaire.not-found"));
        return DonneesPersonnelles.json(v, missions.findByVolontaireIdOrderByDateDebutAsc(id));
    }

    /**
     * Erases the person (right to erasure): every personal field is removed for good; the placements
     * stay, anonymous, so that totals do not change.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void effacer(long id) {
        Volontaire v =
                repository.findById(id).orElseThrow(() -> new BusinessException("jeunesse.volontaire.not-found"));
        v.anonymiser(LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
    public List<Mission> missions(long volontaireId) {
        Perimetre p = scope.perimetre();
        return missions.findByVolontaireIdOrderByDateDebutAsc(volontaireId).stream()
                .filter(p::couvre)
                .toList();
    }
}
