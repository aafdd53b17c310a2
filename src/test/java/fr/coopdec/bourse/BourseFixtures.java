package fr.coopdec.bourse;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.referential.NiveauCollectivitePartenaire;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.mail.MailSortant;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sheets on the real referential, sent, confirmed and moderated as in production. */
@Component
public class BourseFixtures {

    private static final AtomicInteger IP = new AtomicInteger();

    private final ReferentialQueries referential;
    private final SoumissionService soumission;
    private final ModerationService moderation;
    private final TestUsers users;
    private final EntityManager em;

    BourseFixtures(
            ReferentialQueries referential,
            SoumissionService soumission,
            ModerationService moderation,
            TestUsers users,
            EntityManager em) {
        this.referential = referential;
        this.soumission = soumission;
        this.moderation = moderation;
        this.users = users;
        this.em = em;
    }

    /** A fresh address for each sheet, so that the per-IP limit never trips a test by accident. */
    public static String ip() {
        int n = IP.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    public Pays pays(String alpha2) {
        return referential.findPays(alpha2).orElseThrow();
    }

    public Set<Thematique> themes(String... codes) {
        Set<String> wanted = Set.of(codes);
        return referential.allThematiques().stream()
                .filter(t -> wanted.contains(t.getCode()))
                .collect(Collectors.toSet());
    }

    public List<String> themeCodes(int count) {
        return referential.allThematiques().stream()
                .map(Thematique::getCode)
                .limit(count)
                .toList();
    }

    /** A French sheet of Lyon targeting those countries, with those themes sought. */
    public FicheBourse francaise(String objectifs, List<String> cibles, String... themes) {
        FicheBourse f = FicheBourse.vierge();
        f.setOrigine(Origine.FRANCAISE);
        f.setCollectiviteFrancaise(referential
                .findCollectiviteFrancaise(fr.coopdec.referential.TypeCollectiviteFrancaise.COMMUNE, "69123")
                .orElseThrow());
        f.setContactNom("Camille Martin");
        f.setContactEmail("cm-" + AtlasFixtures.token() + "@mairie-lyon.fr");
        f.setObjectifs(objectifs);
        f.setThematiquesRecherchees(themes(themes));
        f.setPaysCibles(cibles.stream().map(this::pays).collect(Collectors.toSet()));
        f.setConsentement(true);
        return f;
    }

    public FicheBourse etrangere(String nom, String alpha2, Integer population, String... themes) {
        FicheBourse f = FicheBourse.vierge();
        f.setOrigine(Origine.ETRANGERE);
        f.setSens(Sens.DEMANDE);
        f.setNomCollectivite(nom);
        f.setPays(pays(alpha2));
        f.setNiveau(NiveauCollectivitePartenaire.COMMUNE);
        f.setPopulation(population);
        f.setContactNom("Koffi Agbo");
        f.setContactEmail("ka-" + AtlasFixtures.token() + "@commune.bj");
        f.setObjectifs("Coopération " + nom);
        f.setExpertises(themes(themes));
        f.setConsentement(true);
        return f;
    }

    /** Sent and confirmed: in the moderation queue. */
    public FicheBourse soumise(FicheBourse f) {
        FicheBourse saved = soumission.soumettre(f, List.of(), ip(), null).orElseThrow();
        return soumission.confirmer(saved.getConfirmationToken());
    }

    /** Sent, confirmed, reviewed and published by DAECT. */
    public FicheBourse publiee(FicheBourse f) {
        FicheBourse s = soumise(f);
        users.signInAs(Role.ADMIN, u -> {});
        try {
            FicheBourse r = moderation.changerStatut(s.getId(), s.getVersion(), StatutFiche.EN_REVUE, null);
            return moderation.changerStatut(r.getId(), r.getVersion(), StatutFiche.PUBLIEE, null);
        } finally {
            users.signOut();
        }
    }

    /**
     * Matching ranks a sheet against every published one and keeps the best ten: a test that checks
     * a ranking starts from an empty catalogue, whatever earlier tests (or runs) published.
     */
    @Transactional
    public void viderLeCatalogue() {
        em.createNativeQuery("UPDATE bourse_fiche SET statut = 'ARCHIVEE' WHERE statut = 'PUBLIEE'")
                .executeUpdate();
    }

    /** The outbox rows written to that address, oldest first. */
    @Transactional(readOnly = true)
    public List<MailSortant> mails(String to) {
        return em.createQuery("select m from MailSortant m where m.destinataire = :to order by m.id", MailSortant.class)
                .setParameter("to", to)
                .getResultList();
    }

    public static String[] codes(String... c) {
        return Arrays.copyOf(c, c.length);
    }
}
