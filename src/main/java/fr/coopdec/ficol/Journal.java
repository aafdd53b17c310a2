package fr.coopdec.ficol;

import fr.coopdec.shared.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Writes the audit trail of the files (called inside the services' transactions). */
@Component
class Journal {

    private final JournalRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    Journal(JournalRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void ecrire(FicolDossier dossier, String action, String texte) {
        String auteur = currentUser.get().map(u -> u.getEmail()).orElse("system");
        repository.save(new JournalEntry(
                dossier.getId(),
                clock.instant(),
                auteur,
                action,
                dossier.getStatut(),
                texte == null || texte.length() <= 2000 ? texte : texte.substring(0, 2000)));
    }
}
