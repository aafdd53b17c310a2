package fr.coopdec.bourse;

import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Changes a sheet's state and audits it (who, when, from, to, reason) in one place. */
@Component
class JournalFiches {

    static final String SYSTEME = "système";

    private final TransitionsRepository transitions;
    private final CurrentUser currentUser;
    private final Clock clock;

    JournalFiches(TransitionsRepository transitions, CurrentUser currentUser, Clock clock) {
        this.transitions = transitions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void passer(FicheBourse fiche, StatutFiche vers, String motif, String parDefaut) {
        StatutFiche de = fiche.getStatut();
        fiche.changerStatut(vers, clock.instant());
        String par = currentUser.get().map(CoopDecUser::getEmail).orElse(parDefaut);
        transitions.save(new Transition(fiche, de, vers, par, clock.instant(), motif));
    }
}
