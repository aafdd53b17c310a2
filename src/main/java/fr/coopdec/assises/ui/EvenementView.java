package fr.coopdec.assises.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.assises.Avancement;
import fr.coopdec.assises.CalendrierService;
import fr.coopdec.assises.EtatInscriptions;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.assises.InscriptionService;
import fr.coopdec.assises.SessionProgramme;
import fr.coopdec.assises.SuiviService;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The public page of an event: place, dates, objectives, remaining places, programme, follow-up progress. */
@Route(value = "assises/evenements", layout = MainLayout.class)
@AnonymousAllowed
public class EvenementView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final ProgrammeList programme = new ProgrammeList();
    private final transient EvenementService evenements;
    private final transient SuiviService suivi;
    private final transient CalendrierService calendrier;
    private final transient InscriptionService inscriptions;
    private String titre = "";

    public EvenementView(
            EvenementService evenements,
            SuiviService suivi,
            CalendrierService calendrier,
            InscriptionService inscriptions) {
        this.inscriptions = inscriptions;
        this.evenements = evenements;
        this.suivi = suivi;
        this.calendrier = calendrier;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Evenement e = evenements.find(id).orElseThrow(() -> new com.vaadin.flow.router.NotFoundException());
        titre = e.getTitre();
        removeAll();
        add(new H1(e.getTitre()), new Paragraph(e.getLieu() + " · " + AssisesUi.dates(e, getLocale())));
        if (e.getOrganisateurs() != null) {
            add(new Paragraph(getTranslation("assises.evenement.organisateurs", e.getOrganisateurs())));
        }
        if (e.getObjectifs() != null && !e.getObjectifs().isBlank()) {
            UnorderedList objectifs = new UnorderedList();
            e.getObjectifs().lines().filter(l -> !l.isBlank()).forEach(l -> objectifs.add(new ListItem(l)));
            add(new H2(getTranslation("assises.evenement.objectifs")), objectifs);
        }
        EtatInscriptions etat = e.etatInscriptions(inscriptions.aujourdhui());
        add(new Paragraph(AssisesUi.avisInscriptions(this, e, etat, getLocale())));
        if (etat == EtatInscriptions.OUVERTES) {
            add(new Anchor(AssisesUi.inscription(id), getTranslation("assises.evenement.s-inscrire")));
        }
        List<SessionProgramme> sessions = evenements.programme(id);
        programme.show(sessions);
        add(
                new H2(getTranslation("assises.evenement.programme")),
                programme,
                AssisesUi.telechargement(
                        getTranslation("assises.evenement.ical"),
                        "programme-" + id + ".ics",
                        "text/calendar",
                        () -> calendrier.programme(id).getBytes(StandardCharsets.UTF_8)));
        Avancement avancement = suivi.avancement(id);
        if (avancement.total() > 0) {
            ProgressBar barre = new ProgressBar(0, 100, avancement.pourcentage());
            barre.getElement().setAttribute("aria-label", getTranslation("assises.evenement.suivi"));
            add(
                    new H2(getTranslation("assises.evenement.suivi")),
                    new Paragraph(getTranslation(
                            "assises.evenement.avancement",
                            avancement.total(),
                            avancement.faites(),
                            avancement.enCours(),
                            avancement.pourcentage())),
                    barre);
            UnorderedList resultats = new UnorderedList();
            suivi.resultats(id)
                    .forEach(r -> resultats.add(new ListItem(getTranslation("assises.resultat." + r.getType()) + " — "
                            + r.getSession().getTitre() + " : " + r.getTexte())));
            add(resultats);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(titre);
    }
}
