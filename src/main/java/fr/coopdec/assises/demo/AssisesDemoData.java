package fr.coopdec.assises.demo;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireFilter;
import fr.coopdec.referential.NiveauCollectivitePartenaire;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.security.CoopDecUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: the Cotonou 2016 Assises with its programme, about 300 registrations (67 Beninese communes of the
 * referential, French authorities, AFD, EU, civil society…), check-ins, outcomes and follow-up actions tied
 * to Atlas partnerships in Benin; organisateur@coopdec.fr manages it. Skipped when the event exists.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "coopdec.demo.enabled", havingValue = "true")
class AssisesDemoData implements ApplicationRunner {

    static final LocalDate DEBUT = LocalDate.of(2016, 11, 4);
    private static final Logger log = LoggerFactory.getLogger(AssisesDemoData.class);
    private static final List<String> COMMUNES_FRANCAISES = List.of(
            "69123", "95127", "75056", "44109", "31555", "35238", "33063", "59350", "67482", "94028", "92050", "13055",
            "34172", "38185", "76540", "63113", "21231", "86194", "37261", "14118");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReferentialQueries referential;
    private final AtlasQueries atlas;
    private final UserDetailsService users;

    private final Clock clock;

    AssisesDemoData(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ReferentialQueries referential,
            AtlasQueries atlas,
            UserDetailsService users,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.referential = referential;
        this.atlas = atlas;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject(
                "SELECT COUNT(*) FROM assises_evenement WHERE titre = ?", Integer.class, CotonouProgramme.TITRE);
        if (existing != null && existing > 0) {
            return;
        }
        long start = System.nanoTime();
        List<CollectivitePartenaire> communes = referential
                .findPays("BJ")
                .map(p -> referential
                        .findCollectivitesPartenaires(
                                new CollectivitePartenaireFilter(null, p.getId(), NiveauCollectivitePartenaire.COMMUNE),
                                PageRequest.of(0, 100))
                        .getContent())
                .orElse(List.of())
                .stream()
                .sorted(Comparator.comparing(CollectivitePartenaire::getNom))
                .limit(67)
                .toList();
        List<CollectiviteFrancaise> francaises = COMMUNES_FRANCAISES.stream()
                .map(code -> referential
                        .findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, code)
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
        List<Long> partenariats = partenariatsNommes();
        Long organisateur = organisateur(users);
        int[] counts = transactions.execute(tx -> new CotonouWriter(jdbc, DEBUT, clock.instant())
                .write(communes, francaises, partenariats, organisateur));
        log.info(
                "Assises demo data: Cotonou 2016 with {} sessions and {} registrations in {} ms",
                counts[0],
                counts[1],
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The partnerships the follow-up actions name, in the order of {@code CotonouWriter}'s actions: the
     * Porto-Novo one (water intercommunality), the Région Nouvelle-Aquitaine one (climate plans); the
     * volunteering programme and the FICOL workshop concern no single partnership. An action is linked
     * only to a Beninese partnership that really has that authority, else to none.
     */
    List<Long> partenariatsNommes() {
        return java.util.Arrays.asList(
                benin("Porto-Novo", r -> r.collectivitesPartenaires().contains("Porto-Novo")),
                benin("Nouvelle-Aquitaine", r -> r.collectivitesFrancaises().stream()
                        .anyMatch(n -> n.contains("Nouvelle-Aquitaine"))),
                null,
                null);
    }

    private Long benin(String nom, java.util.function.Predicate<PartenariatResume> names) {
        return atlas
                .search(PartenariatFilter.builder().pays("BJ").texte(nom).build(), PageRequest.of(0, 50))
                .getContent()
                .stream()
                .filter(names)
                .map(PartenariatResume::id)
                .findFirst()
                .orElse(null);
    }

    /** The demo organiser account's id, or null when it does not exist (shared by the demo events). */
    static Long organisateur(UserDetailsService users) {
        try {
            return users.loadUserByUsername("organisateur@coopdec.fr") instanceof CoopDecUser u ? u.getId() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
