package fr.coopdec.referential;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Edits of countries: names, zone and DAC category. Only the DAECT may change them. */
@Service
public class PaysService {

    static final String LISTE_DAECT = "Modification par la DAECT";

    private final PaysRepository repository;
    private final PaysCategorieCadRepository periodes;
    private final Clock clock;

    PaysService(PaysRepository repository, PaysCategorieCadRepository periodes, Clock clock) {
        this.repository = repository;
        this.periodes = periodes;
        this.clock = clock;
    }

    /**
     * Saves the edited country. The version the form read travels with it, so a concurrent edit is
     * refused (optimistic locking) instead of silently overwritten. A new DAC category takes effect
     * today: it is dated, so files submitted earlier keep the category they were judged on.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Pays save(Pays pays) {
        if (pays.isNew()) {
            throw new BusinessException("referential.pays.not-found");
        }
        Pays saved = repository.saveAndFlush(pays);
        LocalDate today = LocalDate.now(clock);
        Optional<PaysCategorieCad> courante =
                periodes.findFirstByPaysCodeAlpha2AndDateEffetLessThanEqualOrderByDateEffetDesc(
                        saved.getCodeAlpha2(), today);
        if (courante.map(c -> c.getCategorie() != saved.getCategorieCad()).orElse(true)) {
            if (courante.isPresent() && courante.get().getDateEffet().equals(today)) {
                periodes.delete(courante.get());
                periodes.flush();
            }
            periodes.save(new PaysCategorieCad(
                    saved, saved.getCategorieCad(), today, LISTE_DAECT, saved.getCategorieCadSource()));
        }
        return saved;
    }
}
