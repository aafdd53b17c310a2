package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;

/** A registration outside the event's registration window (not yet open, closed, or the event is over); nothing saved. */
public class InscriptionsFermees extends BusinessException {

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    InscriptionsFermees(Evenement evenement, EtatInscriptions etat) {
        super(
                etat == EtatInscriptions.PAS_ENCORE_OUVERTES
                        ? "assises.erreur.inscriptions-pas-ouvertes"
                        : "assises.erreur.inscriptions-closes",
                evenement.getTitre(),
                DATE.format(
                        etat == EtatInscriptions.PAS_ENCORE_OUVERTES
                                ? evenement.getInscriptionsOuverture()
                                : evenement.getFermetureEffective()));
    }
}
