package fr.coopdec.assises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.assises.DemandeInscription;
import fr.coopdec.assises.EtatInscriptions;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.assises.InscriptionService;
import fr.coopdec.assises.Participant;
import fr.coopdec.assises.ResultatInscription;
import fr.coopdec.assises.SessionProgramme;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.abuse.AdresseClient;
import fr.coopdec.shared.abuse.LimiteurAnonyme;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Public registration (FR/EN): one person or a whole delegation, session choices, waitlist consent. */
@Route(value = "assises/evenements/:id([0-9]{1,18})/inscription", layout = MainLayout.class)
@AnonymousAllowed
public class InscriptionView extends VerticalLayout
        implements com.vaadin.flow.router.BeforeEnterObserver, HasDynamicTitle {

    final CheckboxGroup<SessionProgramme> sessions = new CheckboxGroup<>();
    final Checkbox accepteAttente = new Checkbox();
    final Button ajouterPersonne = new Button();
    final Button inscrire = new Button();
    final List<ParticipantForm> personnes = new ArrayList<>();
    final Div resultat = AssisesUi.live(new Div());
    /** Shown above the form after a refused submit: how many errors and in which fields; takes the focus. */
    final Div resume = new Div();
    /** Said before the form: registrations closed or not yet open, or the event full (waitlist only). */
    final Paragraph avis = new Paragraph();

    private final Div formulaires = new Div();
    private final transient EvenementService evenements;
    private final transient InscriptionService inscriptions;
    private final transient ReferentialQueries referential;
    private final transient LimiteurAnonyme limiteur;
    private Evenement evenement;

    public InscriptionView(
            EvenementService evenements,
            InscriptionService inscriptions,
            ReferentialQueries referential,
            LimiteurAnonyme limiteur) {
        this.limiteur = limiteur;
        this.evenements = evenements;
        this.inscriptions = inscriptions;
        this.referential = referential;
        accepteAttente.setLabel(getTranslation("assises.form.accepte-attente"));
        sessions.setLabel(getTranslation("assises.form.sessions"));
        ajouterPersonne.setText(getTranslation("assises.form.ajouter-personne"));
        ajouterPersonne.addClickListener(e -> ajouterPersonne());
        inscrire.setText(getTranslation("assises.form.inscrire"));
        inscrire.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inscrire.addClickListener(e -> inscrire());
        resume.addClassName("form-summary");
        resume.getElement().setAttribute("tabindex", "-1");
        resume.getElement().setAttribute("role", "alert");
        resultat.addClassName("confirmation");
        resultat.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        evenement = evenements.find(id).orElseThrow(NotFoundException::new);
        removeAll();
        personnes.clear();
        formulaires.removeAll();
        resultat.removeAll();
        resume.removeAll();
        resume.setVisible(false);
        for (var part : List.of(formulaires, ajouterPersonne, sessions, accepteAttente, inscrire)) {
            part.setVisible(true);
        }
        EtatInscriptions etat = evenement.etatInscriptions(inscriptions.aujourdhui());
        H1 titre = new H1(getTranslation("assises.inscription.titre", evenement.getTitre()));
        avis.setText(AssisesUi.avisInscriptions(this, evenement, etat, getLocale()));
        if (etat != EtatInscriptions.OUVERTES) {
            add(titre, avis);
            return;
        }
        boolean complet = evenement.isComplet();
        sessions.setItems(evenements.programme(id));
        sessions.setItemLabelGenerator(s -> s.getTitre() + " — " + AssisesUi.horaire(s, getLocale()) + " — "
                + (complet || s.getPlacesRestantes() == 0
                        ? getTranslation("assises.inscription.session-attente")
                        : getTranslation("assises.places-restantes", s.getPlacesRestantes(), s.getCapacite())));
        accepteAttente.setValue(true);
        inscrire.setEnabled(true);
        ajouterPersonne.setEnabled(true);
        add(titre, avis, resume, formulaires, ajouterPersonne, sessions, accepteAttente, inscrire, resultat);
        ajouterPersonne();
    }

    private void ajouterPersonne() {
        ParticipantForm form = new ParticipantForm(referential, personnes.size() + 1);
        personnes.add(form);
        formulaires.add(new H2(getTranslation("assises.form.personne", personnes.size())), form);
    }

    private void inscrire() {
        List<Optional<Participant>> valides =
                personnes.stream().map(ParticipantForm::valider).toList();
        if (valides.stream().anyMatch(Optional::isEmpty)) {
            montrerErreurs();
            return;
        }
        resume.setVisible(false);
        ErrorNotifier.attempt(() -> {
            String adresse = AdresseClient.courante();
            limiteur.inscription(adresse, evenement.getId(), valides.size());
            ResultatInscription r = inscriptions.inscrire(
                    evenement.getId(),
                    new DemandeInscription(
                            valides.stream().map(Optional::get).toList(),
                            sessions.getValue().stream()
                                    .map(SessionProgramme::getId)
                                    .collect(Collectors.toSet()),
                            accepteAttente.getValue(),
                            getLocale().getLanguage()),
                    adresse);
            resultat.removeAll();
            resultat.add(new H2(getTranslation("assises.inscription.enregistree")));
            for (ResultatInscription.Ligne l : r.lignes()) {
                if (l.dejaInscrit()) {
                    resultat.add(new Paragraph(getTranslation(
                            "assises.inscription.deja-inscrit",
                            l.nomComplet(),
                            getTranslation("assises.statut." + l.statut()))));
                    continue;
                }
                String texte = getTranslation(
                                "assises.inscription.ligne",
                                l.nomComplet(),
                                getTranslation("assises.statut." + l.statut()))
                        + (l.sessionsEnAttente().isEmpty()
                                ? ""
                                : " "
                                        + getTranslation(
                                                "assises.inscription.sessions-attente",
                                                l.sessionsEnAttente().size()));
                resultat.add(
                        new Paragraph(texte),
                        new Anchor(
                                AssisesUi.monInscription(l.jeton()),
                                getTranslation("assises.inscription.lien", l.nomComplet())));
            }
            inscrire.setEnabled(false);
            ajouterPersonne.setEnabled(false);
            // the form closes and the confirmation takes the focus, so nobody is left on a disabled button
            for (var part : List.of(formulaires, ajouterPersonne, sessions, accepteAttente, inscrire)) {
                part.setVisible(false);
            }
            resultat.getElement().executeJs("this.focus()");
        });
    }

    /** The summary of what to fix, person by person, focused so a screen reader reads it first. */
    private void montrerErreurs() {
        resume.removeAll();
        UnorderedList liste = new UnorderedList();
        int total = 0;
        for (int i = 0; i < personnes.size(); i++) {
            for (String champ : personnes.get(i).champsInvalides()) {
                liste.add(new ListItem(getTranslation("assises.form.erreur-champ", i + 1, champ)));
                total++;
            }
        }
        resume.add(new H2(getTranslation("assises.form.erreurs", total)), liste);
        resume.setVisible(true);
        resume.getElement().executeJs("this.focus()");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(
                getTranslation("assises.inscription.titre", evenement == null ? "" : evenement.getTitre()));
    }
}
