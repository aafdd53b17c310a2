package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.coopdec.jeunesse.AppelJeunesse;
import fr.coopdec.jeunesse.AppelService;
import fr.coopdec.jeunesse.EffetLevier;
import fr.coopdec.jeunesse.ProjetJeunesse;
import fr.coopdec.jeunesse.ReciprociteQueries;
import fr.coopdec.jeunesse.SuiviProjet;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * DAECT's youth calls: grants, planned and actual mobilities per call (with the leverage), and per
 * project of the selected call; DAECT adds calls and funded projects.
 */
@Route(value = JeunesseRoutes.APPELS, layout = MainLayout.class)
@Menu(order = 63, title = "jeunesse.appels.menu", icon = "vaadin:money")
@RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
public class AppelsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<EffetLevier> appels = new Grid<>();
    final Grid<SuiviProjet> projets = new Grid<>();
    final TextField appelIntitule = new TextField();
    final IntegerField appelAnnee = new IntegerField();
    final Button creerAppel = new Button();
    final TextField projetIntitule = new TextField();
    final BigDecimalField projetSubvention = new BigDecimalField();
    final IntegerField projetMobilites = new IntegerField();
    final Button creerProjet = new Button();
    final Div error = new Div();
    private final transient AppelService service;
    private final transient ReciprociteQueries queries;

    public AppelsView(AppelService service, ReciprociteQueries queries, CurrentUser currentUser) {
        this.service = service;
        this.queries = queries;
        appels.addColumn(EffetLevier::intitule)
                .setHeader(getTranslation("jeunesse.appel.champ.intitule"))
                .setAutoWidth(true);
        appels.addColumn(EffetLevier::annee).setHeader(getTranslation("jeunesse.appel.champ.annee"));
        appels.addColumn(EffetLevier::projets).setHeader(getTranslation("jeunesse.levier.projets"));
        appels.addColumn(l -> JeunesseFormat.euros(this, l.subventions()))
                .setHeader(getTranslation("jeunesse.levier.subventions"));
        appels.addColumn(EffetLevier::mobilitesPrevues).setHeader(getTranslation("jeunesse.levier.prevues"));
        appels.addColumn(EffetLevier::mobilitesRealisees).setHeader(getTranslation("jeunesse.levier.realisees"));
        appels.addColumn(l -> l.mobilitesPour10000() == null
                        ? ""
                        : l.mobilitesPour10000().toPlainString())
                .setHeader(getTranslation("jeunesse.levier.ratio"));
        appels.setAllRowsVisible(true);
        appels.addSelectionListener(e -> showProjets());
        projets.addColumn(SuiviProjet::intitule)
                .setHeader(getTranslation("jeunesse.projet.champ.intitule"))
                .setFlexGrow(2);
        projets.addColumn(SuiviProjet::porteur).setHeader(getTranslation("jeunesse.projet.champ.porteur"));
        projets.addColumn(p -> JeunesseFormat.euros(this, p.subvention()))
                .setHeader(getTranslation("jeunesse.projet.champ.subvention"));
        projets.addColumn(SuiviProjet::mobilitesPrevues).setHeader(getTranslation("jeunesse.levier.prevues"));
        projets.addColumn(SuiviProjet::mobilitesRealisees).setHeader(getTranslation("jeunesse.levier.realisees"));
        projets.addColumn(SuiviProjet::ecart).setHeader(getTranslation("jeunesse.projet.ecart"));
        projets.setAllRowsVisible(true);
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(
                new H1(getTranslation("jeunesse.appels.title")),
                error,
                appels,
                new H2(getTranslation("jeunesse.appels.projets")),
                projets);
        if (currentUser.isAdmin()) {
            appelIntitule.setLabel(getTranslation("jeunesse.appel.champ.intitule"));
            appelAnnee.setLabel(getTranslation("jeunesse.appel.champ.annee"));
            creerAppel.setText(getTranslation("jeunesse.appels.creer"));
            creerAppel.addClickListener(e -> creerAppel());
            projetIntitule.setLabel(getTranslation("jeunesse.projet.champ.intitule"));
            projetSubvention.setLabel(getTranslation("jeunesse.projet.champ.subvention"));
            projetMobilites.setLabel(getTranslation("jeunesse.levier.prevues"));
            creerProjet.setText(getTranslation("jeunesse.appels.creer-projet"));
            creerProjet.addClickListener(e -> creerProjet());
            add(
                    new H2(getTranslation("jeunesse.appels.nouvel-appel")),
                    new HorizontalLayout(appelIntitule, appelAnnee, creerAppel),
                    new H2(getTranslation("jeunesse.appels.nouveau-projet")),
                    new HorizontalLayout(projetIntitule, projetSubvention, projetMobilites, creerProjet));
        }
        refresh();
    }

    private void refresh() {
        appels.setItems(queries.levier());
    }

    private void showProjets() {
        projets.setItems(appels.getSelectedItems().stream()
                .findFirst()
                .map(a -> queries.projets(a.appelId()))
                .orElse(java.util.List.of()));
    }

    private void creerAppel() {
        run(() -> service.save(new AppelJeunesse(
                appelIntitule.getValue(), appelAnnee.getValue() == null ? 0 : appelAnnee.getValue())));
    }

    private void creerProjet() {
        EffetLevier selected = appels.getSelectedItems().stream().findFirst().orElse(null);
        if (selected == null) {
            setError(getTranslation("jeunesse.appels.choisir"));
            return;
        }
        AppelJeunesse appel = service.appels().stream()
                .filter(a -> a.getId() == selected.appelId())
                .findFirst()
                .orElseThrow();
        run(() -> service.save(new ProjetJeunesse(
                appel,
                projetIntitule.getValue(),
                projetSubvention.getValue(),
                projetMobilites.getValue() == null ? 0 : projetMobilites.getValue())));
        appels.select(queries.levier().stream()
                .filter(l -> l.appelId() == selected.appelId())
                .findFirst()
                .orElse(null));
    }

    private void run(Runnable action) {
        setError("");
        try {
            action.run();
            ErrorNotifier.showSuccess(getTranslation("common.saved"));
            refresh();
        } catch (RuntimeException e) {
            setError(ErrorNotifier.messageFor(e, getLocale()));
        }
    }

    /** The error line is only shown (and announced) when it has something to say. */
    private void setError(String text) {
        error.setText(text);
        error.setVisible(!text.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.appels.title"));
    }
}
