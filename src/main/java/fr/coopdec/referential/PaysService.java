package fr.coopdec.referential;

import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Edits of countries: names, zone and DAC category. Only the DAECT may change them. */
@Service
public class PaysService {

    private final PaysRepository repository;

    PaysService(PaysRepository repository) {
        this.repository = repository;
    }

    /**
     * Saves the edited country. The version the form read travels with it, so a concurrent edit is
     * refused (optimistic locking) instead of silently overwritten.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Pays save(Pays pays) {
        if (pays.isNew()) {
            throw new BusinessException("referential.pays.not-found");
        }
        return repository.saveAndFlush(pays);
    }
}
