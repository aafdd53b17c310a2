package fr.coopdec.assises;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A registration request: one or several participants (a delegation), the sessions chosen for all of
 * them, and whether they accept the waitlist when the event or a session is full.
 */
public record DemandeInscription(
        @NotEmpty(message = "{assises.validation.participants}") @Size(max = 30) List<@Valid Participant> participants,
        Set<Long> sessions,
        boolean accepteAttente,
        String langue) {

    public DemandeInscription {
        sessions = sessions == null ? Set.of() : Set.copyOf(sessions);
    }
}
