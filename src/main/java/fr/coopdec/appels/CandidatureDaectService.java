package fr.coopdec.appels;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side: a local authority (or grouping) drafts an application on one of its own Atlas
 * partnerships and submits it while the call is open. Reading is scoped (see {@link AppelsScope}).
 */
@Service
public class CandidatureDaectService {

    private final CandidatureDaectRepository repository;
    private final AppelDaectRepository appels;
    private final PartenariatService partenariats;
    private final AtlasQueries atlas;
    private final ReferentialQueries referential;
    private final CurrentUser currentUser;
    private final Clock clock;

    CandidatureDaectService(
            CandidatureDaectRepository repository,
            AppelDaectRepository appels,
            PartenariatService partenariats,
            AtlasQueries atlas,
            ReferentialQueries referential,
            CurrentUser currentUser,
            Clock clock) {
        this.repository = repository;
        this.appels = appels;
        this.partenariats = partenariats;
        this.atlas = atlas;
        this.referential = referential;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** An application with its plan loaded; refused outside the user's scope. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
    public CandidatureDaect get(long id) {
        CandidatureDaect candidature = charger(id);
        if (!AppelsScope.canRead(currentUser.require(), candidature)) {
            throw new AccessDeniedException("DAECT application " + id + " is outside the user's scope");
        }
        return candidature;
    }

    CandidatureDaect charger(long id) {
        CandidatureDaect candidature = repository
                .findWithLignes(id)
                .orElseThrow(() -> new BusinessException("appels.candidature.introuvable"));
        Hibernate.initialize(candidature.getLignes());
        // the views read them after the transaction; a proxy already in the session may be left lazy
        Hibernate.initialize(candidature.getPorteur());
        Hibernate.initialize(candidature.getPays());
        Hibernate.initialize(candidature.getAppel());
        return candidature;
    }

    /** A new draft of the signed-in authority for an open call. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.COLLECTIVITE)
    public CandidatureDaect nouvelle(long appelId) {
        AppelDaect appel =
                appels.findById(appelId).orElseThrow(() -> new BusinessException("appels.appel.introuvable"));
        verifierOuvert(appel);
        CollectiviteFrancaise porteur = currentUser
                .require()
                .getCollectiviteFrancaiseId()
                .flatMap(referential::findCollectiviteFrancaise)
                .orElseThrow(() -> new BusinessException("appels.candidature.collectivite-requise"));
        return new CandidatureDaect(appel, null, porteur, "");
    }

    /** The partnerships the signed-in authority may apply on: its own, from the Atlas. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.COLLECTIVITE)
    public List<PartenariatResume> partenariatsPossibles(String texte, Pageable pageable) {
        Long porteur = currentUser.require().getCollectiviteFrancaiseId().orElse(-1L);
        return atlas.search(
                        PartenariatFilter.builder()
                                .collectiviteFrancaise(porteur)
                                .texte(texte)
                                .build(),
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("intitule")))
                .getContent();
    }

    @Transactional(readOnly = true)
    public Optional<PartenariatResume> partenariat(long id) {
        return atlas.resumes(List.of(id)).stream().findFirst();
    }

    /**
     * Saves a draft. Only the porteur's own users, only a draft, only while the call is open, and only on
     * a partnership the porteur takes part in — the Atlas record says so, not the form.
     */
    @Transactional
    @RolesAllowed(Roles.COLLECTIVITE)
    public CandidatureDaect enregistrer(CandidatureDaect candidature) {
        CoopDecUser user = currentUser.require();
        if (!candidature.isNew() && !AppelsScope.canEdit(user, charger(candidature.getId()))) {
            throw new BusinessException("appels.candidature.plus-modifiable");
        }
        if (!AppelsScope.canEdit(user, candidature)) {
            throw new AccessDeniedException("An authority applies for itself only");
        }
        verifierOuvert(candidature.getAppel());
        if (candidature.getPartenariatId() == null) {
            throw new BusinessException("appels.candidature.partenariat-requis");
        }
        Partenariat partenariat = partenariats
                .findDetail(candidature.getPartenariatId())
                .orElseThrow(() -> new BusinessException("appels.candidature.partenariat-introuvable"));
        if (!AppelsScope.ownsPartnership(user, partenariat)) {
            throw new BusinessException(
                    "appels.candidature.partenariat-hors-collectivite",
                    partenariat.getIntitule(),
                    candidature.getPorteur().getNom());
        }
        candidature.setPays(partenariat.getPays());
        candidature.recalculer();
        CandidatureDaect saved = repository.saveAndFlush(candidature);
        return charger(saved.getId());
    }

    /** Submits a draft: the plan must hold (see {@link AppelsRules#verifierPlan}) and the call be open. */
    @Transactional
    @RolesAllowed(Roles.COLLECTIVITE)
    public CandidatureDaect deposer(long id, long version) {
        CandidatureDaect candidature = charger(id);
        if (candidature.getVersion() != version) {
            throw new BusinessException("appels.candidature.modifiee-entre-temps");
        }
        if (!AppelsScope.canEdit(currentUser.require(), candidature)) {
            throw new BusinessException("appels.candidature.plus-modifiable");
        }
        verifierOuvert(candidature.getAppel());
        AppelsRules.verifierPlan(candidature);
        candidature.deposer(LocalDate.now(clock));
        repository.saveAndFlush(candidature);
        return charger(id);
    }

    private void verifierOuvert(AppelDaect appel) {
        if (!appel.isOuvert(LocalDate.now(clock))) {
            throw new BusinessException(
                    "appels.appel.ferme",
                    appel.getIntitule(),
                    AppelsRules.jour(appel.getDateOuverture()),
                    AppelsRules.jour(appel.getDateCloture()));
        }
    }
}
