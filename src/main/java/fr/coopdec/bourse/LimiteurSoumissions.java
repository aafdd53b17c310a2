package fr.coopdec.bourse;

import fr.coopdec.shared.abuse.LimiteurAnonyme;
import fr.coopdec.shared.abuse.TropDeDemandes;
import org.springframework.stereotype.Component;

/**
 * At most N sheets per hour from one IP address ({@code coopdec.bourse.soumissions-par-heure}); the
 * buckets are the shared anonymous-write limiter's.
 */
@Component
class LimiteurSoumissions {

    private final LimiteurAnonyme limiteur;

    LimiteurSoumissions(LimiteurAnonyme limiteur) {
        this.limiteur = limiteur;
    }

    boolean autorise(String ip) {
        try {
            limiteur.fiche(ip);
            return true;
        } catch (TropDeDemandes e) {
            return false;
        }
    }
}
