package fr.coopdec.assises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.coopdec.assises.ActionSuivi;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.assises.Resultat;
import fr.coopdec.assises.SessionProgramme;
import fr.coopdec.assises.SuiviService;
import fr.coopdec.atlas.AtlasLinks;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Outcomes of the sessions (recommendations, commitments) and follow-up actions, linkable to Atlas partnerships. */
@Route(value = "assises/gestion/:id([0-9]{1,18})/suivi", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class SuiviView extends GestionBase {

    final Select<SessionProgramme> session = new Select<>();
    final Select<Resultat.Type> typeResultat = new Select<>();
    final TextArea texte = new TextArea();
    final Button ajouterResultat = new Button();
    final Grid<Resultat> resultats = new Grid<>(Resultat.class, false);
    final TextField intitule = new TextField();
    final TextField responsable = new TextField();
    final DatePicker echeance = new DatePicker();
    final IntegerField partenariat = new IntegerField();
    final Button ajouterAction = new Button();
    final Grid<ActionSuivi> actions = new Grid<>(ActionSuivi.class, false);
    private final transient SuiviService suivi;

    public SuiviView(EvenementService evenements, SuiviService suivi) {
        super(evenements, "assises.suivi.titre");
        this.suivi = suivi;
        session.setLabel(getTranslation("assises.suivi.session"));
        session.setItemLabelGenerator(SessionProgramme::getTitre);
        typeResultat.setLabel(getTranslation("assises.suivi.type"));
        typeResultat.setItems(Resultat.Type.values());
        typeResultat.setValue(Resultat.Type.RECOMMANDATION);
        typeResultat.setItemLabelGenerator(t -> getTranslation("assises.resultat." + t));
        texte.setLabel(getTranslation("assises.suivi.texte"));
        ajouterResultat.setText(getTranslation("assises.suivi.ajouter-resultat"));
        ajouterResultat.addClickListener(e -> ajouterResultat());
        resultats
                .addColumn(r -> r.getSession().getTitre())
                .setHeader(getTranslation("assises.suivi.session"))
                .setFlexGrow(2);
        resultats
                .addColumn(r -> getTranslation("assises.resultat." + r.getType()))
                .setHeader(getTranslation("assises.suivi.type"));
        resultats
                .addColumn(Resultat::getTexte)
                .setHeader(getTranslation("assises.suivi.texte"))
                .setFlexGrow(4);
        resultats.setAllRowsVisible(true);
        intitule.setLabel(getTranslation("assises.suivi.intitule"));
        responsable.setLabel(getTranslation("assises.suivi.responsable"));
        echeance.setLabel(getTranslation("assises.suivi.echeance"));
        partenariat.setLabel(getTranslation("assises.suivi.partenariat"));
        partenariat.setHelperText(getTranslation("assises.suivi.partenariat.aide"));
        ajouterAction.setText(getTranslation("assises.suivi.ajouter-action"));
        ajouterAction.addClickListener(e -> ajouterAction());
        actions.addColumn(ActionSuivi::getIntitule)
                .setHeader(getTranslation("assises.suivi.intitule"))
                .setFlexGrow(3);
        actions.addColumn(ActionSuivi::getResponsable).setHeader(getTranslation("assises.suivi.responsable"));
        actions.addColumn(ActionSuivi::getEcheance).setHeader(getTranslation("assises.suivi.echeance"));
        actions.addComponentColumn(a -> a.getPartenariatId() == null
                        ? new Anchor()
                        : new Anchor(AtlasLinks.partenariat(a.getPartenariatId()), "#" + a.getPartenariatId()))
                .setHeader(getTranslation("assises.suivi.partenariat"));
        actions.addComponentColumn(this::statut)
                .setHeader(getTranslation("assises.suivi.statut"))
                .setAutoWidth(true);
        actions.setAllRowsVisible(true);
    }

    @Override
    void construire() {
        session.setItems(evenements.programme(evenement.getId()));
        add(
                new H2(getTranslation("assises.suivi.resultats")),
                resultats,
                new FormLayout(session, typeResultat, texte),
                ajouterResultat,
                new H2(getTranslation("assises.suivi.actions")),
                actions,
                new FormLayout(intitule, responsable, echeance, partenariat),
                ajouterAction);
        rafraichir();
    }

    private Select<ActionSuivi.Statut> statut(ActionSuivi a) {
        Select<ActionSuivi.Statut> select = new Select<>();
        select.setItems(ActionSuivi.Statut.values());
        select.setItemLabelGenerator(s -> getTranslation("assises.action." + s));
        select.setValue(a.getStatut());
        select.setAriaLabel(getTranslation("assises.suivi.statut") + " — " + a.getIntitule());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                executer(() -> suivi.changerStatut(a.getId(), e.getValue()));
            }
        });
        return select;
    }

    private void ajouterResultat() {
        executer(() -> {
            if (session.getValue() == null) {
                throw new fr.coopdec.shared.BusinessException("assises.erreur.session-requise");
            }
            suivi.ajouterResultat(session.getValue().getId(), typeResultat.getValue(), texte.getValue());
            texte.clear();
        });
    }

    private void ajouterAction() {
        executer(() -> {
            suivi.ajouterAction(
                    evenement.getId(),
                    session.getValue() == null ? null : session.getValue().getId(),
                    intitule.getValue(),
                    responsable.getValue(),
                    echeance.getValue(),
                    partenariat.getValue() == null
                            ? null
                            : partenariat.getValue().longValue());
            intitule.clear();
            responsable.clear();
        });
    }

    private void executer(Runnable action) {
        ErrorNotifier.attempt(() -> {
            action.run();
            rafraichir();
        });
    }

    private void rafraichir() {
        resultats.setItems(suivi.resultats(evenement.getId()));
        actions.setItems(suivi.actions(evenement.getId()));
    }
}
