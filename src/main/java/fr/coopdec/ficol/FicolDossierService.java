package fr.coopdec.ficol;

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
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading FICOL files within the user's scope, and the applicant's drafts. */
@Service
public class FicolDossierService {

    static final String NOTE = "note";

    private final FicolDossierRepository repository;
    private final JournalRepository journal;
    private final Journal ecrire;
    private final EligibiliteService eligibilite;
    private final CurrentUser currentUser;
    private final PartenariatService partenariats;
    private final AtlasQueries atlas;
    private final ReferentialQueries referential;

    FicolDossierService(
            FicolDossierRepository repository,
            JournalRepository journal,
            Journal ecrire,
            EligibiliteService eligibilite,
            CurrentUser currentUser,
            PartenariatService partenariats,
            AtlasQueries atlas,
            ReferentialQueries referential) {
        this.repository = repository;
        this.journal = journal;
        this.ecrire = ecrire;
        this.eligibilite = eligibilite;
        this.currentUser = currentUser;
        this.partenariats = partenariats;
        this.atlas = atlas;
        this.referential = referential;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE, Roles.COLLECTIVITE})
    public Page<FicolDossier> find(FicolFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        Page<FicolDossier> page = repository.findAll(spec(filter), sorted);
        // The list flags overdue tranche reports: one batched query loads the page's tranches.
        page.forEach(d -> Hibernate.initialize(d.getTranches()));
        return page;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE, Roles.COLLECTIVITE})
    public long count(FicolFilter filter) {
        return repository.count(spec(filter));
    }

    private Specification<FicolDossier> spec(FicolFilter filter) {
        Specification<FicolDossier> spec = FicolScope.visible(currentUser.require());
        if (filter.statut() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("statut"), filter.statut()));
        }
        if (filter.paysId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("pays").get("id"), filter.paysId()));
        }
        if (filter.texte() != null && !filter.texte().isBlank()) {
            String like = "%" + filter.texte().trim().toLowerCase() + "%";
            spec = spec.and((root, q, cb) -> cb.or(
                    cb.like(cb.lower(root.get("intitule")), like),
                    cb.like(cb.lower(root.get("chefDeFile").get("nom")), like)));
        }
        return spec;
    }

    /** What the current user may do with the file (see {@link DossierActions}). */
    public DossierActions actions(FicolDossier dossier) {
        CoopDecUser user = currentUser.require();
        boolean demandeur = FicolScope.isDemandeur(user, dossier);
        return new DossierActions(
                demandeur, FicolScope.isInstructeur(user), demandeur && dossier.getStatut() == StatutDossier.BROUILLON);
    }

    /** A file with its plan, tranches, group and themes loaded; refused outside the user's scope. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE, Roles.COLLECTIVITE})
    public FicolDossier get(long id) {
        FicolDossier dossier = charger(id);
        if (!FicolScope.canRead(currentUser.require(), dossier)) {
            throw new AccessDeniedException("FICOL file " + id + " is outside the user's scope");
        }
        return dossier;
    }

    FicolDossier charger(long id) {
        FicolDossier dossier =
                repository.findWithLignes(id).orElseThrow(() -> new BusinessException("ficol.dossier.introuvable"));
        Hibernate.initialize(dossier.getTranches());
        Hibernate.initialize(dossier.getMembres());
        Hibernate.initialize(dossier.getThematiques());
        return dossier;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE, Roles.COLLECTIVITE})
    public List<JournalEntry> journal(long id) {
        get(id);
        // AFD's instruction notes are internal: the applicant sees the steps, not the notes.
        boolean interne = !currentUser.hasRole(Role.COLLECTIVITE);
        return journal.findByDossierIdOrderByQuandDescIdDesc(id).stream()
                .filter(j -> interne || !NOTE.equals(j.getAction()))
                .toList();
    }

    /** The eligibility of a file as it stands (saved or not), explained rule by rule. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE, Roles.COLLECTIVITE})
    public Eligibilite evaluer(FicolDossier dossier) {
        if (dossier.getPays() == null && dossier.getPartenariatId() != null) {
            partenariats.findDetail(dossier.getPartenariatId()).ifPresent(p -> dossier.setPays(p.getPays()));
        }
        return eligibilite.evaluer(dossier);
    }

    /** A new draft for the signed-in authority. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.COLLECTIVITE)
    public FicolDossier nouveau() {
        CollectiviteFrancaise chef = currentUser
                .require()
                .getCollectiviteFrancaiseId()
                .flatMap(referential::findCollectiviteFrancaise)
                .orElseThrow(() -> new BusinessException("ficol.dossier.collectivite-requise"));
        return FicolDossier.blank(chef);
    }

    /** The partnerships the lead authority of a file may tie it to (its own, from the Atlas). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE, Roles.COLLECTIVITE})
    public List<PartenariatResume> partenariatsPossibles(
            CollectiviteFrancaise chefDeFile, String texte, Pageable pageable) {
        return atlas.search(
                        PartenariatFilter.builder()
                                .collectiviteFrancaise(chefDeFile.getId())
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
     * Saves a draft. Only the lead authority (or DAECT) edits it, and only while it is a draft; the
     * partnership must be one of the lead authority's, and gives the file its country.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public FicolDossier enregistrer(FicolDossier dossier) {
        CoopDecUser user = currentUser.require();
        if (!dossier.isNew()) {
            FicolDossier stored = charger(dossier.getId());
            if (!FicolScope.isDemandeur(user, stored)) {
                throw new AccessDeniedException("Not the applicant of FICOL file " + dossier.getId());
            }
            if (stored.getStatut() != StatutDossier.BROUILLON) {
                throw new BusinessException("ficol.dossier.plus-modifiable");
            }
        }
        if (!FicolScope.isDemandeur(user, dossier)) {
            throw new AccessDeniedException("A local authority applies for itself only");
        }
        Partenariat partenariat = partenariats
                .findDetail(dossier.getPartenariatId())
                .orElseThrow(() -> new BusinessException("ficol.partenariat.introuvable"));
        if (partenariat.getCollectivitesFrancaises().stream()
                .noneMatch(c -> c.getId().equals(dossier.getChefDeFile().getId()))) {
            throw new BusinessException(
                    "ficol.partenariat.hors-collectivite",
                    dossier.getChefDeFile().getNom());
        }
        dossier.getMembres()
                .removeIf(m -> m.getId().equals(dossier.getChefDeFile().getId()));
        dossier.setPays(partenariat.getPays());
        dossier.setStatut(StatutDossier.BROUILLON);
        dossier.updateMontantDemande();
        boolean creation = dossier.isNew();
        FicolDossier saved = repository.saveAndFlush(dossier);
        ecrire.ecrire(saved, creation ? "creation" : "modification", null);
        return charger(saved.getId());
    }
}
