package fr.coopdec.bourse;

import fr.coopdec.shared.TranslationProvider;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published sheets last 12 months: a reminder is e-mailed 30 days before, and a sheet not renewed by
 * then is archived. Runs every night ({@link BourseJobs}); tests call {@link #executer()}.
 */
@Service
public class ExpirationService {

    static final int RAPPEL_JOURS = 30;

    private final FicheRepository fiches;
    private final JournalFiches journal;
    private final BourseMails mails;
    private final Clock clock;

    ExpirationService(FicheRepository fiches, JournalFiches journal, BourseMails mails, Clock clock) {
        this.fiches = fiches;
        this.journal = journal;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public void executer() {
        LocalDate today = LocalDate.now(clock);
        for (FicheBourse fiche : fiches.expirees(today)) {
            journal.passer(
                    fiche,
                    StatutFiche.ARCHIVEE,
                    TranslationProvider.translate("bourse.expiration.motif", TranslationProvider.FRENCH),
                    JournalFiches.SYSTEME);
        }
        for (FicheBourse fiche : fiches.aRappeler(today.plusDays(RAPPEL_JOURS))) {
            fiche.rappelEnvoye(clock.instant(), Jetons.nouveau());
            mails.rappelExpiration(fiche);
        }
    }
}
