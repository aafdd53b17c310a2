package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.jeunesse.LigneReciprocite;
import fr.coopdec.jeunesse.ReciprociteQueries;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.List;

/** The public page: anonymous totals of youth mobilities per year, sent and hosted; no names, no places. */
@Route(value = JeunesseRoutes.CHIFFRES, layout = MainLayout.class)
@Menu(order = 64, title = "jeunesse.chiffres.menu", icon = "vaadin:chart")
@AnonymousAllowed
public class ChiffresView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph resume = new Paragraph();
    final Grid<LigneReciprocite> annees;

    public ChiffresView(ReciprociteQueries queries) {
        List<LigneReciprocite> lignes = queries.totauxPublics();
        long envoyes = lignes.stream().mapToLong(LigneReciprocite::envoyes).sum();
        long accueillis = lignes.stream().mapToLong(LigneReciprocite::accueillis).sum();
        resume.setText(getTranslation("jeunesse.chiffres.resume", envoyes, accueillis, queries.paysPublics()));
        annees = ReciprociteCharts.table(this, getTranslation("jeunesse.reciprocite.annee"), lignes);
        add(new H1(getTranslation("jeunesse.chiffres.title")), resume);
        if (!lignes.isEmpty()) {
            add(ReciprociteCharts.parAnnee(this, lignes));
        }
        add(annees);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.chiffres.title"));
    }
}
