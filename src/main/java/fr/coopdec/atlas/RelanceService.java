package fr.coopdec.atlas;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.mail.MailService;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks an authority to update a stale partnership: an e-mail to its staff contact (else its elected
 * official) with the link to the edit page, recorded so that nobody is reminded twice within 30 days.
 */
@Service
public class RelanceService {

    static final Duration MIN_INTERVAL = Duration.ofDays(30);
    /** Dates in mails read as in France. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PartenariatRepository partenariats;
    private final RelanceRepository relances;
    private final AtlasScope scope;
    private final CurrentUser currentUser;
    private final MailService mail;
    private final Clock clock;
    private final String baseUrl;

    RelanceService(
            PartenariatRepository partenariats,
            RelanceRepository relances,
            AtlasScope scope,
            CurrentUser currentUser,
            MailService mail,
            Clock clock,
            @Value("${coopdec.base-url:http://localhost:8080}") String baseUrl) {
        this.partenariats = partenariats;
        this.relances = relances;
        this.scope = scope;
        this.currentUser = currentUser;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends the reminder; refused outside the user's scope, without contact e-mail, or within 30 days. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.POSTE})
    public Relance sendReminder(long partenariatId) {
        Partenariat p = partenariats
                .findWithLinks(partenariatId)
                .orElseThrow(() -> new BusinessException("atlas.partenariat.not-found"));
        if (!scope.canEdit(p)) {
            throw new AccessDeniedException("Partnership " + partenariatId + " is outside the user's scope");
        }
        Instant now = clock.instant();
        relances.findFirstByPartenariatIdOrderBySentAtDesc(partenariatId)
                .filter(last -> last.getSentAt().isAfter(now.minus(MIN_INTERVAL)))
                .ifPresent(last -> {
                    throw new BusinessException(
                            "atlas.fraicheur.relance-recente",
                            date(last.getSentAt()),
                            date(last.getSentAt().plus(MIN_INTERVAL)));
                });
        String recipient = recipient(p);
        mail.sendTranslated(
                recipient,
                "atlas.fraicheur.mail.sujet",
                "atlas.fraicheur.mail.corps",
                p.getIntitule(),
                date(p.getDerniereMiseAJour()),
                editLink(partenariatId),
                authorities(p));
        return relances.save(
                new Relance(partenariatId, now, currentUser.require().getUsername(), recipient));
    }

    /** The public address of the partnership's edit page (AtlasRoutes.partenariatEdit, absolute). */
    String editLink(long id) {
        return baseUrl + "/atlas/partenariats/" + id + "/modifier";
    }

    private static String recipient(Partenariat p) {
        String staff = p.getTechnicien().getEmail();
        if (staff != null && !staff.isBlank()) {
            return staff.strip();
        }
        String elected = p.getElu().getEmail();
        if (elected != null && !elected.isBlank()) {
            return elected.strip();
        }
        throw new BusinessException("atlas.fraicheur.sans-contact");
    }

    private static String authorities(Partenariat p) {
        return p.getCollectivitesFrancaises().stream()
                .map(CollectiviteFrancaise::getNom)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** A day, formatted by the message in its reader's language (an empty text when unknown). */
    private static Object date(Instant instant) {
        return instant == null ? "" : instant.atZone(PARIS).toLocalDate();
    }
}
