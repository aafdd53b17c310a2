package fr.coopdec.jeunesse;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** DAECT's youth calls for projects and the projects they fund; France Volontaires reads them too. */
@Service
public class AppelService {

    private final AppelRepository appels;
    private final ProjetRepository projets;

    AppelService(AppelRepository appels, ProjetRepository projets) {
        this.appels = appels;
        this.projets = projets;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
    public List<AppelJeunesse> appels() {
        return appels.findAllByOrderByAnneeDescIdDesc();
    }

    /** Every funded project, newest first (a few hundred at most: fine for a combo box). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
    public List<ProjetJeunesse> projets() {
        return projets.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
    public ProjetJeunesse projet(long id) {
        return projets.findById(id).orElseThrow(() -> new BusinessException("jeunesse.projet.not-found"));
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AppelJeunesse save(AppelJeunesse appel) {
        return appels.save(appel);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public ProjetJeunesse save(ProjetJeunesse projet) {
        return projets.save(projet);
    }
}
