package fr.coopdec.bourse;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.mail.MailService;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The Bourse's e-mails, in French, with absolute links to the application. */
@Component
public class BourseMails {

    private final MailService mail;
    private final String baseUrl;

    public BourseMails(MailService mail, @Value("${coopdec.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    public String lienFiche(FicheBourse fiche) {
        return baseUrl + "/bourse/fiches/" + fiche.getId();
    }

    void confirmation(FicheBourse fiche) {
        mail.sendTranslated(
                fiche.getContactEmail(),
                "bourse.mail.confirmation.sujet",
                "bourse.mail.confirmation.corps",
                fiche.getNomAffiche(),
                baseUrl + "/bourse/confirmer/" + fiche.getConfirmationToken());
    }

    void refus(FicheBourse fiche) {
        mail.sendTranslated(
                fiche.getContactEmail(),
                "bourse.mail.refus.sujet",
                "bourse.mail.refus.corps",
                fiche.getNomAffiche(),
                fiche.getMotifRefus());
    }

    void publication(FicheBourse fiche) {
        mail.sendTranslated(
                fiche.getContactEmail(),
                "bourse.mail.publication.sujet",
                "bourse.mail.publication.corps",
                fiche.getNomAffiche(),
                lienFiche(fiche),
                fiche.getExpireLe());
    }

    void nouvelleFichePourPoste(String email, FicheBourse fiche, String pays) {
        mail.sendTranslated(
                email,
                "bourse.mail.poste.sujet",
                "bourse.mail.poste.corps",
                fiche.getNomAffiche(),
                pays,
                lienFiche(fiche));
    }

    void digest(String email, String pays, List<FicheBourse> fiches) {
        String liste = fiches.stream()
                .map(f -> "- " + f.getNomAffiche() + " : " + lienFiche(f))
                .collect(Collectors.joining("\n"));
        mail.sendTranslated(email, "bourse.mail.digest.sujet", "bourse.mail.digest.corps", pays, fiches.size(), liste);
    }

    void rappelExpiration(FicheBourse fiche) {
        mail.sendTranslated(
                fiche.getContactEmail(),
                "bourse.mail.expiration.sujet",
                "bourse.mail.expiration.corps",
                fiche.getNomAffiche(),
                fiche.getExpireLe(),
                lienFiche(fiche),
                baseUrl + "/bourse/renouveler/" + fiche.getConfirmationToken());
    }

    static String nomPays(fr.coopdec.referential.Pays pays) {
        return pays.getNom(TranslationProvider.FRENCH);
    }
}
