package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.jeunesse.LevierPublic;
import fr.coopdec.jeunesse.LigneReciprocite;
import fr.coopdec.jeunesse.ReciprociteQueries;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.List;

/**
 * The public page: anonymous totals of youth mobilities per year, sent and hosted; no names, no places.
 * Below, the youth calls' leverage: the seed's figure (hosted young volunteers in reciprocity) next to
 * every mobility, both per €10,000 of grant and explained.
 */
@Route(value = JeunesseRoutes.CHIFFRES, layout = MainLayout.class)
@Menu(order = 64, title = "jeunesse.chiffres.menu", icon = "vaadin:chart")
@AnonymousAllowed
public class ChiffresView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph resume = new Paragraph();
    final Grid<LigneReciprocite> annees;
    final Paragraph levierAccueil = new Paragraph();
    final Paragraph levierMobilites = new Paragraph();
    final Paragraph levierExplication = new Paragraph();

    public ChiffresView(ReciprociteQueries queries) {
        List<LigneReciprocite> lignes = queries.totauxPublics();
        long envoyes = lignes.stream().mapToLong(LigneReciprocite::envoyes).sum();
        long accueillis =
                lignes.stream().mapToLong(LigneReciprocite::accueillis).sum();
        resume.setText(getTranslation("jeunesse.chiffres.resume", envoyes, accueillis, queries.paysPublics()));
        annees = ReciprociteCharts.table(this, getTranslation("jeunesse.reciprocite.annee"), lignes);
        add(new H1(getTranslation("jeunesse.chiffres.title")), resume);
        if (!lignes.isEmpty()) {
            add(ReciprociteCharts.parAnnee(this, lignes));
        }
        add(annees);
        LevierPublic levier = queries.levierPublic();
        add(new H2(getTranslation("jeunesse.chiffres.levier.title")));
        if (levier.subventions().signum() == 0) {
            levierAccueil.setText(getTranslation("jeunesse.chiffres.levier.aucun"));
            add(levierAccueil);
        } else {
            String subventions = JeunesseFormat.euros(this, levier.subventions());
            levierAccueil.setText(getTranslation(
                    "jeunesse.chiffres.levier.accueil",
                    levier.accueillisPour10000(),
                    levier.volontairesAccueillis(),
                    subventions));
            levierMobilites.setText(getTranslation(
                    "jeunesse.chiffres.levier.mobilites",
                    levier.mobilitesPour10000(),
                    levier.mobilitesRealisees(),
                    subventions));
            levierExplication.setText(getTranslation("jeunesse.chiffres.levier.explication"));
            add(levierAccueil, levierMobilites, levierExplication);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.chiffres.title"));
    }
}
