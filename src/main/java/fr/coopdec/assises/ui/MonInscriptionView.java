package fr.coopdec.assises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.assises.CalendrierService;
import fr.coopdec.assises.ChoixSession;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.assises.Inscription;
import fr.coopdec.assises.InscriptionService;
import fr.coopdec.assises.SessionProgramme;
import fr.coopdec.assises.StatutInscription;
import fr.coopdec.shared.abuse.AdresseClient;
import fr.coopdec.shared.abuse.LimiteurAnonyme;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageStatus;
import fr.coopdec.shared.ui.PageTitles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The personal link: the participant sees, changes or cancels the registration, and downloads its sessions. */
@Route(value = "assises/inscription", layout = MainLayout.class)
@AnonymousAllowed
public class MonInscriptionView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Span statut = AssisesUi.live(new Span());
    final CheckboxGroup<SessionProgramme> sessions = new CheckboxGroup<>();
    final TextArea accessibilite = new TextArea();
    final Checkbox accepteAttente = new Checkbox();
    final Button enregistrer = new Button();
    final Button annuler = new Button();
    private final transient InscriptionService inscriptions;
    private final transient EvenementService evenements;
    private final transient CalendrierService calendrier;
    private final transient LimiteurAnonyme limiteur;
    private String jeton;

    public MonInscriptionView(
            InscriptionService inscriptions,
            EvenementService evenements,
            CalendrierService calendrier,
            LimiteurAnonyme limiteur) {
        this.limiteur = limiteur;
        this.inscriptions = inscriptions;
        this.evenements = evenements;
        this.calendrier = calendrier;
        sessions.setLabel(getTranslation("assises.form.sessions"));
        accessibilite.setLabel(getTranslation("assises.form.accessibilite"));
        accepteAttente.setLabel(getTranslation("assises.form.accepte-attente"));
        accepteAttente.setValue(true);
        enregistrer.setText(getTranslation("assises.mon.enregistrer"));
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enregistrer.addClickListener(e -> enregistrer());
        annuler.setText(getTranslation("assises.mon.annuler"));
        annuler.addThemeVariants(ButtonVariant.LUMO_ERROR);
        annuler.addClickListener(e -> annuler());
    }

    @Override
    public void setParameter(BeforeEvent event, String jeton) {
        this.jeton = jeton;
        afficher();
    }

    private void afficher() {
        removeAll();
        Inscription i = inscriptions.parJeton(jeton).orElse(null);
        if (i == null) {
            PageStatus.notFound();
            add(
                    new H1(getTranslation("assises.mon.titre")),
                    new Paragraph(getTranslation("assises.erreur.lien-invalide")));
            return;
        }
        statut.setText(getTranslation("assises.mon.statut", getTranslation("assises.statut." + i.getStatut())));
        UnorderedList choix = new UnorderedList();
        for (ChoixSession c : i.getChoix()) {
            choix.add(new ListItem(c.getSession().getTitre() + " — " + AssisesUi.horaire(c.getSession(), getLocale())
                    + " — " + getTranslation("assises.choix." + c.getStatut())));
        }
        List<SessionProgramme> programme = evenements.programme(i.getEvenement().getId());
        sessions.setItems(programme);
        sessions.setItemLabelGenerator(s -> s.getTitre() + " — " + AssisesUi.horaire(s, getLocale()) + " — "
                + getTranslation("assises.places-restantes", s.getPlacesRestantes(), s.getCapacite()));
        Set<Long> choisies =
                i.getChoix().stream().map(c -> c.getSession().getId()).collect(Collectors.toSet());
        sessions.setValue(
                programme.stream().filter(s -> choisies.contains(s.getId())).collect(Collectors.toSet()));
        accessibilite.setValue(i.getAccessibilite() == null ? "" : i.getAccessibilite());
        add(
                new H1(getTranslation("assises.mon.titre")),
                new Paragraph(i.getNomComplet() + " — " + i.getOrganisation()),
                new Paragraph(i.getEvenement().getTitre()),
                statut,
                new H2(getTranslation("assises.mon.sessions")),
                choix,
                AssisesUi.telechargement(
                        getTranslation("assises.mon.ical"), "mes-sessions.ics", "text/calendar", () -> calendrier
                                .mesSessions(jeton)
                                .getBytes(StandardCharsets.UTF_8)));
        boolean ouverte = i.getStatut() != StatutInscription.ANNULEE && i.getStatut() != StatutInscription.REFUSEE;
        if (ouverte) {
            add(
                    new H2(getTranslation("assises.mon.modifier")),
                    sessions,
                    accessibilite,
                    accepteAttente,
                    enregistrer,
                    annuler);
        }
    }

    private void enregistrer() {
        ErrorNotifier.attempt(() -> {
            limiteur.lien(AdresseClient.courante());
            inscriptions.modifierParJeton(
                    jeton,
                    sessions.getValue().stream().map(SessionProgramme::getId).collect(Collectors.toSet()),
                    accessibilite.getValue(),
                    accepteAttente.getValue());
            ErrorNotifier.showSuccess(getTranslation("assises.mon.enregistre"));
            afficher();
        });
    }

    private void annuler() {
        ErrorNotifier.attempt(() -> {
            limiteur.lien(AdresseClient.courante());
            inscriptions.annulerParJeton(jeton);
            ErrorNotifier.showSuccess(getTranslation("assises.mon.annulee"));
            afficher();
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("assises.mon.titre"));
    }
}
