package fr.coopdec.atlas;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.history.HistoryEntry;
import fr.coopdec.shared.history.HistoryReader;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing partnerships and their projects, within the user's scope. */
@Service
public class PartenariatService {

    /** The fields whose changes the history names (translation keys: {@code atlas.page.champ.<field>}). */
    public static final List<String> HISTORY_FIELDS = List.of(
            "intitule",
            "nature",
            "statut",
            "anneeDebut",
            "anneeFin",
            "description",
            "elu.nom",
            "elu.fonction",
            "elu.email",
            "technicien.nom",
            "technicien.fonction",
            "technicien.email");

    private final PartenariatRepository repository;
    private final AtlasScope scope;
    private final HistoryReader historyReader;
    private final PartenariatRules rules;
    private final Clock clock;
    private final PartenariatSearchText searchText;

    PartenariatService(
            PartenariatRepository repository,
            AtlasScope scope,
            HistoryReader historyReader,
            PartenariatRules rules,
            Clock clock,
            PartenariatSearchText searchText) {
        this.repository = repository;
        this.scope = scope;
        this.historyReader = historyReader;
        this.rules = rules;
        this.clock = clock;
        this.searchText = searchText;
    }

    /** Named in {@link HistoryEntry#changedFields()} when a project or its co-financing changed. */
    public static final String HISTORY_PROJECTS = "projets";

    /**
     * Who changed the partnership, when, and which fields; newest first. A change to a project (its
     * fields, themes or co-financing) is saved with the partnership, in the same revision, and named
     * {@link #HISTORY_PROJECTS}. Public, like the Atlas.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        java.util.Set<Long> projectRevisions = historyReader.childRevisions(Projet.class, "partenariat", id);
        return historyReader.history(Partenariat.class, id, HISTORY_FIELDS).stream()
                .map(entry ->
                        entry.kind() == HistoryEntry.Kind.MODIFICATION && projectRevisions.contains(entry.revision())
                                ? new HistoryEntry(
                                        entry.revision(),
                                        entry.when(),
                                        entry.who(),
                                        entry.kind(),
                                        java.util.stream.Stream.concat(
                                                        entry.changedFields().stream(),
                                                        java.util.stream.Stream.of(HISTORY_PROJECTS))
                                                .toList())
                                : entry)
                .toList();
    }

    /** A partnership with everything its page shows (links, projects and their details) loaded. */
    @Transactional(readOnly = true)
    public Optional<Partenariat> findDetail(long id) {
        return repository.findWithLinks(id).map(p -> {
            p.getProjets().forEach(projet -> {
                Hibernate.initialize(projet.getThematiques());
                Hibernate.initialize(projet.getCofinancements());
            });
            return p;
        });
    }

    /** The same, for editing: refused outside the user's scope. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
    public Partenariat findForEdit(long id) {
        Partenariat partenariat =
                findDetail(id).orElseThrow(() -> new BusinessException("atlas.partenariat.not-found"));
        if (!scope.canEdit(partenariat)) {
            throw new AccessDeniedException("Partnership " + id + " is outside the user's scope");
        }
        return partenariat;
    }

    /**
     * Saves a new or changed partnership. The stored version must be in the user's scope, and so must
     * the new one (nobody moves a record out of another's scope). A stale version fails with an
     * optimistic-locking error.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
    public Partenariat save(Partenariat partenariat) {
        if (!partenariat.isNew()) {
            Partenariat stored = repository
                    .findWithLinks(partenariat.getId())
                    .orElseThrow(() -> new BusinessException("atlas.partenariat.not-found"));
            checkScope(stored);
        }
        checkScope(partenariat);
        rules.check(partenariat);
        partenariat.chooseDeclarante(scope.currentCollectiviteFrancaiseId());
        partenariat.touch(clock.instant());
        Partenariat saved = repository.saveAndFlush(partenariat);
        searchText.refresh(saved.getId());
        return saved;
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
    public void delete(long id) {
        Partenariat stored =
                repository.findWithLinks(id).orElseThrow(() -> new BusinessException("atlas.partenariat.not-found"));
        checkScope(stored);
        repository.delete(stored);
    }

    private void checkScope(Partenariat partenariat) {
        if (!scope.canEdit(partenariat)) {
            throw new BusinessException("atlas.partenariat.out-of-scope");
        }
    }
}
