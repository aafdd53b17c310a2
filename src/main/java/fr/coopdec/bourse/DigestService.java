package fr.coopdec.bourse;

import fr.coopdec.referential.Pays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every Monday morning, each embassy post receives the sheets published in the last 7 days for its country. */
@Service
public class DigestService {

    private final FicheRepository fiches;
    private final DestinatairesPoste postes;
    private final BourseMails mails;
    private final Clock clock;

    DigestService(FicheRepository fiches, DestinatairesPoste postes, BourseMails mails, Clock clock) {
        this.fiches = fiches;
        this.postes = postes;
        this.mails = mails;
        this.clock = clock;
    }

    /** Returns the number of e-mails written. */
    @Transactional
    public int envoyerDigestHebdomadaire() {
        Instant depuis = clock.instant().minus(Duration.ofDays(7));
        int envoyes = 0;
        for (Long paysId : fiches.paysCiblesDepuis(depuis)) {
            List<FicheBourse> publiees = fiches.publieesDepuisPour(depuis, paysId);
            List<String> emails = postes.emails(paysId);
            if (publiees.isEmpty() || emails.isEmpty()) {
                continue;
            }
            Pays pays = publiees.get(0).getPaysCibles().stream()
                    .filter(p -> p.getId().equals(paysId))
                    .findFirst()
                    .orElseThrow();
            for (String email : emails) {
                mails.digest(email, BourseMails.nomPays(pays), publiees);
                envoyes++;
            }
        }
        return envoyes;
    }
}
