package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;

/** A chosen session (or the event, sessionId null) is full and the waitlist was not accepted. */
public class SessionComplete extends BusinessException {

    private final Long sessionId;

    SessionComplete(Long sessionId, String titre) {
        super(sessionId == null ? "assises.erreur.evenement-complet" : "assises.erreur.session-complete", titre);
        this.sessionId = sessionId;
    }

    public Long getSessionId() {
        return sessionId;
    }
}
