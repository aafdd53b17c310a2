package fr.coopdec.pact3;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** PACT3 calls and settings: DAECT manages them; signed-in users read them. */
@Service
public class AppelPact3Service {

    private final AppelPact3Repository appels;
    private final ParametresRepository parametres;
    private final Clock clock;

    AppelPact3Service(AppelPact3Repository appels, ParametresRepository parametres, Clock clock) {
        this.appels = appels;
        this.parametres = parametres;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<Appel> find(Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : org.springframework.data.domain.PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("annee"), Sort.Order.desc("id")));
        return appels.findAll(sorted);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Appel> findById(long id) {
        return appels.findById(id);
    }

    /** The calls open today (both dates included). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Appel> ouverts() {
        return appels.findOuverts(LocalDate.now(clock));
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public Appel save(Appel appel) {
        if (appel.getDateCloture().isBefore(appel.getDateOuverture())) {
            throw new BusinessException("pact3.appel.dates-inversees");
        }
        if (appel.getCriteres().isEmpty()) {
            throw new BusinessException("pact3.appel.sans-critere");
        }
        return appels.save(appel);
    }

    /** N: a mission country may have at most this many active Atlas partnerships. */
    @Transactional(readOnly = true)
    public int seuilPartenariats() {
        return parametres
                .findFirstByOrderByIdAsc()
                .map(Parametres::getSeuilPartenariats)
                .orElse(Parametres.SEUIL_PAR_DEFAUT);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setSeuilPartenariats(int seuil) {
        if (seuil < 0) {
            throw new BusinessException("pact3.seuil.negatif");
        }
        Parametres p = parametres.findFirstByOrderByIdAsc().orElseGet(Parametres::parDefaut);
        p.setSeuilPartenariats(seuil);
        parametres.save(p);
    }
}
