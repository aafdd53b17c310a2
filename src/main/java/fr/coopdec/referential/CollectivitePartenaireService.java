package fr.coopdec.referential;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.Reader;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and edits foreign local authorities. The DAECT may do so in any country; an embassy post
 * (POSTE) only in its own country, checked here whatever the UI shows.
 */
@Service
public class CollectivitePartenaireService {

    private final CollectivitePartenaireRepository repository;
    private final PartenaireCsvImporter csvImporter;
    private final CurrentUser currentUser;

    CollectivitePartenaireService(
            CollectivitePartenaireRepository repository, PartenaireCsvImporter csvImporter, CurrentUser currentUser) {
        this.repository = repository;
        this.csvImporter = csvImporter;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user may add or edit authorities of that country (null: of some country). */
    public boolean canEdit(Pays pays) {
        return currentUser
                .get()
                .map(user -> user.hasRole(Role.ADMIN)
                        || user.hasRole(Role.POSTE)
                                && (pays == null
                                        || user.getPaysId()
                                                .map(id -> id.equals(pays.getId()))
                                                .orElse(false)))
                .orElse(false);
    }

    /** The authority with its country and parent loaded, for a form. */
    @Transactional(readOnly = true)
    public CollectivitePartenaire findForEdit(long id) {
        return repository
                .findWithPaysById(id)
                .orElseThrow(() -> new BusinessException("referential.partenaire.not-found"));
    }

    @RolesAllowed({Roles.ADMIN, Roles.POSTE})
    @Transactional
    public CollectivitePartenaire save(CollectivitePartenaire partenaire) {
        checkScope(partenaire.getPays());
        if (!partenaire.isNew()) {
            CollectivitePartenaire stored = repository
                    .findWithPaysById(partenaire.getId())
                    .orElseThrow(() -> new BusinessException("referential.partenaire.not-found"));
            checkScope(stored.getPays());
        }
        repository
                .findByPaysAndNiveauAndNomIgnoreCase(
                        partenaire.getPays(),
                        partenaire.getNiveau(),
                        partenaire.getNom().strip())
                .filter(other -> !Objects.equals(other.getId(), partenaire.getId()))
                .ifPresent(other -> {
                    throw new BusinessException("referential.partenaire.duplicate", partenaire.getNom());
                });
        if (partenaire.getParent() != null) {
            CollectivitePartenaire parent = repository
                    .findWithPaysById(partenaire.getParent().getId())
                    .orElseThrow(() -> new BusinessException("referential.partenaire.not-found"));
            if (Objects.equals(parent.getId(), partenaire.getId())
                    || !Objects.equals(
                            parent.getPays().getId(), partenaire.getPays().getId())) {
                throw new BusinessException("referential.partenaire.parent-other-country");
            }
            partenaire.setParent(parent);
        }
        partenaire.setNom(partenaire.getNom().strip());
        return repository.saveAndFlush(partenaire);
    }

    /** Imports a CSV file all or nothing (see {@link PartenaireCsvImporter}); a POSTE only for its country. */
    @RolesAllowed({Roles.ADMIN, Roles.POSTE})
    public CsvImportResult importCsv(Reader reader) {
        CoopDecUser user = currentUser.require();
        Long onlyPaysId = user.hasRole(Role.ADMIN)
                ? null
                : user.getPaysId().orElseThrow(() -> new AccessDeniedException("A post without a country"));
        return csvImporter.importCsv(reader, onlyPaysId);
    }

    private void checkScope(Pays pays) {
        if (pays == null) {
            throw new BusinessException("referential.partenaire.pays-required");
        }
        if (!canEdit(pays)) {
            throw new AccessDeniedException("Foreign authority outside the user's country");
        }
    }
}
