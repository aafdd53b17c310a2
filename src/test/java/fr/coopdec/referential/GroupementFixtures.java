package fr.coopdec.referential;

import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** Groupings of authorities recorded as DAECT would, with a fresh valid SIREN each. */
@Component
public class GroupementFixtures {

    private final GroupementService service;
    private final ReferentialQueries referential;
    private final TestUsers users;

    GroupementFixtures(GroupementService service, ReferentialQueries referential, TestUsers users) {
        this.service = service;
        this.referential = referential;
        this.users = users;
    }

    /** A random SIREN starting with 2 (public bodies) whose last digit is its Luhn check digit. */
    public static String siren() {
        String debut = "2" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        for (int cle = 0; cle < 10; cle++) {
            if (luhn(debut + cle)) {
                return debut + cle;
            }
        }
        throw new IllegalStateException();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** An association of authorities whose members are those communes (COG codes). */
    public CollectiviteFrancaise association(String nom, String... communes) {
        NouveauGroupement saisie = new NouveauGroupement();
        saisie.setType(TypeCollectiviteFrancaise.ASSOCIATION);
        saisie.setNom(nom);
        saisie.setSiren(siren());
        saisie.setMembres(java.util.Arrays.stream(communes)
                .map(c -> referential
                        .findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, c)
                        .orElseThrow())
                .collect(java.util.stream.Collectors.toSet()));
        users.signInAs(Role.ADMIN, u -> {});
        try {
            return service.creer(saisie);
        } finally {
            users.signOut();
        }
    }

    public Set<Long> membres(CollectiviteFrancaise groupement) {
        return Set.copyOf(service.membres(groupement.getId()).stream()
                .map(CollectiviteFrancaise::getId)
                .toList());
    }
}
