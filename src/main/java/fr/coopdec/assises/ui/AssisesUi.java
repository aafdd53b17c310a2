package fr.coopdec.assises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.Intervenant;
import fr.coopdec.assises.SessionProgramme;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Routes, formats and download links shared by the Assises views. */
final class AssisesUi {

    static final String LISTE = "assises";
    static final String GESTION = "assises/gestion";

    private AssisesUi() {}

    static String evenement(long id) {
        return "assises/evenements/" + id;
    }

    static String inscription(long id) {
        return "assises/evenements/" + id + "/inscription";
    }

    static String monInscription(String jeton) {
        return "assises/inscription/" + jeton;
    }

    static String gestion(long id, String page) {
        return "assises/gestion/" + id + "/" + page;
    }

    /**
     * What a visitor is told about registering, before any form: closed since / opens on (when outside
     * the window), "full — waitlist" (when full), or the places left.
     */
    static String avisInscriptions(
            com.vaadin.flow.component.Component c,
            Evenement e,
            fr.coopdec.assises.EtatInscriptions etat,
            Locale locale) {
        return switch (etat) {
            case CLOSES -> c.getTranslation("assises.inscription.closes", jour(e.getFermetureEffective(), locale));
            case PAS_ENCORE_OUVERTES ->
                c.getTranslation("assises.inscription.pas-ouvertes", jour(e.getInscriptionsOuverture(), locale));
            case OUVERTES ->
                e.isComplet()
                        ? c.getTranslation("assises.inscription.complet")
                        : c.getTranslation("assises.places-restantes", e.getPlacesRestantes(), e.getCapacite());
        };
    }

    static String jour(java.time.LocalDate jour, Locale locale) {
        return fr.coopdec.shared.ui.Dates.date(jour, locale);
    }

    static String dates(Evenement e, Locale locale) {
        DateTimeFormatter f = fr.coopdec.shared.ui.Dates.dateFormatter(locale);
        return e.getDateDebut().equals(e.getDateFin())
                ? f.format(e.getDateDebut())
                : f.format(e.getDateDebut()) + " – " + f.format(e.getDateFin());
    }

    static String horaire(SessionProgramme s, Locale locale) {
        DateTimeFormatter jour = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        DateTimeFormatter heure = DateTimeFormatter.ofPattern("HH:mm", locale);
        return jour.format(s.getDebut()) + " " + heure.format(s.getDebut()) + "–" + heure.format(s.getFin());
    }

    static String intervenants(SessionProgramme s) {
        return s.getIntervenants().stream().map(AssisesUi::intervenant).collect(Collectors.joining(" ; "));
    }

    static String intervenant(Intervenant i) {
        StringBuilder b = new StringBuilder(i.getNom());
        if (i.getFonction() != null && !i.getFonction().isBlank()) {
            b.append(", ").append(i.getFonction());
        }
        if (i.getOrganisation() != null && !i.getOrganisation().isBlank()) {
            b.append(" (").append(i.getOrganisation()).append(')');
        }
        return b.toString();
    }

    /** A link downloading bytes computed when clicked (in the request, with the user's rights). */
    static Anchor telechargement(String texte, String fichier, String type, Supplier<byte[]> contenu) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = contenu.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fichier, type, bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                texte);
        anchor.addClassName("assises-telechargement");
        return anchor;
    }

    static <T extends Component> T live(T component) {
        component.getElement().setAttribute("aria-live", "polite");
        return component;
    }
}
