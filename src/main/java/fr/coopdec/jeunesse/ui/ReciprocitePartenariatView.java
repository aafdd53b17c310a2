package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.coopdec.jeunesse.LigneReciprocite;
import fr.coopdec.jeunesse.ReciprociteQueries;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The reciprocity of one partnership: sent versus hosted per year, totals, balance and trend. */
@Route(value = JeunesseRoutes.RECIPROCITE_PARTENARIAT, layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
public class ReciprocitePartenariatView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph totaux = new Paragraph();
    Grid<LigneReciprocite> annees;
    private final transient ReciprociteQueries queries;

    public ReciprocitePartenariatView(ReciprociteQueries queries) {
        this.queries = queries;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        String intitule = queries.intitulePartenariat(id);
        if (intitule == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        List<LigneReciprocite> lignes = queries.parAnnee(id);
        long envoyes = lignes.stream().mapToLong(LigneReciprocite::envoyes).sum();
        long accueillis =
                lignes.stream().mapToLong(LigneReciprocite::accueillis).sum();
        totaux.setText(getTranslation("jeunesse.reciprocite.totaux", envoyes, accueillis, envoyes - accueillis));
        annees = ReciprociteCharts.table(this, getTranslation("jeunesse.reciprocite.annee"), lignes);
        add(new H1(getTranslation("jeunesse.reciprocite.partenariat.title", intitule)), totaux);
        if (!lignes.isEmpty()) {
            add(ReciprociteCharts.parAnnee(this, lignes), ReciprociteCharts.tendance(this, lignes));
        }
        add(annees);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.reciprocite.title"));
    }
}
