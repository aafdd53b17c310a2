package fr.coopdec.shared.abuse;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limits of every anonymous write (Bucket4j token buckets, in memory: one application
 * instance). Each limit is "so many per period", refilled gradually; a request takes its tokens from
 * every bucket that applies, or from none (tokens taken from a bucket are given back when a later one
 * refuses). Limits, all set in application.properties under {@code coopdec.abuse.*}:
 * <ul>
 *   <li>Assises registrations: {@code participants-par-adresse-et-evenement} participants per hour
 *   from one client address for one event (default 20: one client cannot take the seats of an
 *   event), {@code participants-par-evenement} per minute for one event from all addresses (default
 *   200), {@code demandes-par-adresse} registration requests per hour from one address (default 60);</li>
 *   <li>personal and confirmation links (Assises change/cancel, Bourse confirm/renew):
 *   {@code liens-par-adresse} uses per 10 minutes from one address (default 30);</li>
 *   <li>mails caused by anonymous registrations: {@code courriels-par-adresse} per hour to one
 *   recipient address (default 5); the registration is kept, the extra mails are not written.</li>
 * </ul>
 * The Bourse form keeps its own limit ({@code coopdec.bourse.soumissions-par-heure}), held here too.
 * The map is cleared when it grows very large, which at worst gives a flooding address fresh buckets.
 */
@Component
public class LimiteurAnonyme {

    private static final int MAX_CLES = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Regle parAdresseEtEvenement;
    private final Regle parEvenement;
    private final Regle demandesParAdresse;
    private final Regle liensParAdresse;
    private final Regle fichesParAdresse;
    private final Regle courrielsParAdresse;

    /** "capacity tokens per period". */
    record Regle(String nom, long capacite, Duration periode) {}

    LimiteurAnonyme(
            @Value("${coopdec.abuse.participants-par-adresse-et-evenement:20}") long parAdresseEtEvenement,
            @Value("${coopdec.abuse.participants-par-evenement:200}") long parEvenement,
            @Value("${coopdec.abuse.demandes-par-adresse:60}") long demandesParAdresse,
            @Value("${coopdec.abuse.liens-par-adresse:30}") long liensParAdresse,
            @Value("${coopdec.bourse.soumissions-par-heure:5}") long fichesParHeure,
            @Value("${coopdec.abuse.courriels-par-adresse:5}") long courrielsParAdresse) {
        this.parAdresseEtEvenement =
                new Regle("inscription-adresse-evenement", parAdresseEtEvenement, Duration.ofHours(1));
        this.parEvenement = new Regle("inscription-evenement", parEvenement, Duration.ofMinutes(1));
        this.demandesParAdresse = new Regle("inscription-adresse", demandesParAdresse, Duration.ofHours(1));
        this.liensParAdresse = new Regle("lien-adresse", liensParAdresse, Duration.ofMinutes(10));
        this.fichesParAdresse = new Regle("fiche-adresse", fichesParHeure, Duration.ofHours(1));
        this.courrielsParAdresse = new Regle("courriel", courrielsParAdresse, Duration.ofHours(1));
    }

    /** How many participants one address may register for one event per hour (documented limit N). */
    public long participantsParAdresseEtEvenement() {
        return parAdresseEtEvenement.capacite();
    }

    /**
     * An anonymous registration of {@code participants} people to an event from {@code adresse}.
     * @throws TropDeDemandes with the wait when a limit is reached (nothing is taken then)
     */
    public void inscription(String adresse, long evenementId, int participants) {
        String client = client(adresse);
        prendre(List.of(
                new Prise(demandesParAdresse, client, 1),
                new Prise(parAdresseEtEvenement, client + "|" + evenementId, Math.max(1, participants)),
                new Prise(parEvenement, String.valueOf(evenementId), Math.max(1, participants))));
    }

    /** A personal or confirmation link used to change something (Assises, Bourse). */
    public void lien(String adresse) {
        prendre(List.of(new Prise(liensParAdresse, client(adresse), 1)));
    }

    /** A sheet sent through the Bourse public form. */
    public void fiche(String adresse) {
        prendre(List.of(new Prise(fichesParAdresse, client(adresse), 1)));
    }

    /**
     * Whether one more mail caused by an anonymous request may go to {@code email} this hour: a
     * flood must not turn the application into a spam relay towards an address someone typed.
     */
    public boolean courriel(String email) {
        try {
            prendre(List.of(new Prise(
                    courrielsParAdresse, email == null ? "?" : email.strip().toLowerCase(java.util.Locale.ROOT), 1)));
            return true;
        } catch (TropDeDemandes e) {
            return false;
        }
    }

    private record Prise(Regle regle, String cle, long jetons) {}

    private void prendre(List<Prise> prises) {
        if (buckets.size() > MAX_CLES) {
            buckets.clear();
        }
        List<Map.Entry<Bucket, Long>> faites = new ArrayList<>();
        for (Prise prise : prises) {
            Bucket bucket = buckets.computeIfAbsent(prise.regle().nom() + "|" + prise.cle(), k -> Bucket.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(prise.regle().capacite())
                            .refillGreedy(
                                    prise.regle().capacite(), prise.regle().periode())
                            .build())
                    .build());
            long jetons = Math.min(prise.jetons(), prise.regle().capacite());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(jetons);
            if (!probe.isConsumed()) {
                faites.forEach(e -> e.getKey().addTokens(e.getValue()));
                throw new TropDeDemandes(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
            faites.add(Map.entry(bucket, jetons));
        }
    }

    private static String client(String adresse) {
        return adresse == null || adresse.isBlank() ? "?" : adresse;
    }
}
