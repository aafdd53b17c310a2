package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;

/** A registration outside the event's registration window (not yet open, closed, or the event is over); nothing saved. */
public class InscriptionsFermees extends BusinessException {

    InscriptionsFermees(Evenement evenement, EtatInscriptions etat) {
        super(
                etat == EtatInscriptions.PAS_ENCORE_OUVERTES
                        ? "assises.erreur.inscriptions-pas-ouvertes"
                        : "assises.erreur.inscriptions-closes",
                evenement.getTitre(),
                // a LocalDate: the message formats it in the reader's language
                etat == EtatInscriptions.PAS_ENCORE_OUVERTES
                        ? evenement.getInscriptionsOuverture()
                        : evenement.getFermetureEffective());
    }
}
