package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar (RFC 5545) files: the whole programme of an event (public), or the sessions a participant
 * holds a seat in (through the personal link). Times are the event's local times (floating), as printed.
 */
@Service
public class CalendrierService {

    private final SessionRepository sessions;
    private final InscriptionRepository inscriptions;

    CalendrierService(SessionRepository sessions, InscriptionRepository inscriptions) {
        this.sessions = sessions;
        this.inscriptions = inscriptions;
    }

    @Transactional(readOnly = true)
    public String programme(long evenementId) {
        return ics(sessions.findByEvenementIdOrderByDebutAscSalleAsc(evenementId));
    }

    @Transactional(readOnly = true)
    public String mesSessions(String jeton) {
        Inscription i = inscriptions
                .findByJeton(jeton)
                .orElseThrow(() -> new BusinessException("assises.erreur.lien-invalide"));
        return ics(i.getChoix().stream()
                .filter(c -> c.getStatut() == StatutChoix.CONFIRME)
                .map(ChoixSession::getSession)
                .toList());
    }

    private static String ics(List<SessionProgramme> liste) {
        Calendar calendar = new Calendar()
                .withProdId("-//CoopDec//Assises//FR")
                .withDefaults()
                .getFluentTarget();
        for (SessionProgramme s : liste) {
            VEvent event = new VEvent(s.getDebut(), s.getFin(), s.getTitre());
            event.add(new Uid("assises-session-" + s.getId() + "@coopdec.fr"));
            event.add(new Location(s.getSalle() + ", " + s.getEvenement().getLieu()));
            String intervenants = s.getIntervenants().stream()
                    .map(i -> i.getNom() + (i.getOrganisation() == null ? "" : " (" + i.getOrganisation() + ")"))
                    .collect(Collectors.joining(", "));
            if (!intervenants.isEmpty()) {
                event.add(new Description(intervenants));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }
}
