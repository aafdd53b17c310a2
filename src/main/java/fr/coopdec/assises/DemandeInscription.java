package fr.coopdec.assises;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A registration request: one or several participants (a delegation), the sessions chosen for all of
 * them, and whether they accept the waitlist when the event or a session is full.
 */
public record DemandeInscription(
        @NotEmpty(message = "{assises.validation.participants}")
                @Size(max = DemandeInscription.MAX_PARTICIPANTS, message = "{assises.validation.participants.max}")
                List<@NotNull(message = "{assises.validation.participant}") @Valid Participant> participants,
        Set<@NotNull(message = "{assises.validation.session}") Long> sessions,
        boolean accepteAttente,
        @Pattern(regexp = "fr|en", message = "{assises.validation.langue}") String langue) {

    /** The most people one request may carry, whatever the event allows. */
    public static final int MAX_PARTICIPANTS = 30;

    public DemandeInscription {
        // Set.copyOf refuses null elements: keep them for validation to name instead of failing here.
        sessions = sessions == null ? Set.of() : Collections.unmodifiableSet(new HashSet<>(sessions));
    }
}
