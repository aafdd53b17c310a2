package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.coopdec.jeunesse.EffetLevier;
import fr.coopdec.jeunesse.JeunesseScope;
import fr.coopdec.jeunesse.LigneReciprocite;
import fr.coopdec.jeunesse.ReciprociteQueries;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Reciprocity within the user's scope: sent versus hosted per year (chart and table, balance and trend),
 * per country and per partnership; for France Volontaires and DAECT, the leverage of the youth calls.
 */
@Route(value = JeunesseRoutes.RECIPROCITE, layout = MainLayout.class)
@Menu(order = 62, title = "jeunesse.reciprocite.menu", icon = "vaadin:exchange")
@RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
public class ReciprociteView extends VerticalLayout implements HasDynamicTitle {

    final Grid<LigneReciprocite> annees;
    final Grid<LigneReciprocite> pays;
    final Grid<LigneReciprocite> partenariats = new Grid<>();
    Grid<EffetLevier> levier;

    public ReciprociteView(ReciprociteQueries queries, JeunesseScope scope) {
        add(
                new H1(getTranslation("jeunesse.reciprocite.title")),
                new Paragraph(getTranslation("jeunesse.reciprocite.intro")));
        List<LigneReciprocite> parAnnee = queries.parAnnee(null);
        annees = ReciprociteCharts.table(this, getTranslation("jeunesse.reciprocite.annee"), parAnnee);
        add(
                new H2(getTranslation("jeunesse.reciprocite.par-annee")),
                ReciprociteCharts.parAnnee(this, parAnnee),
                ReciprociteCharts.tendance(this, parAnnee),
                annees);
        pays = ReciprociteCharts.table(this, getTranslation("jeunesse.mission.champ.pays"), queries.parPays());
        add(new H2(getTranslation("jeunesse.reciprocite.par-pays")), pays);
        partenariats
                .addComponentColumn(
                        l -> new Anchor(JeunesseRoutes.reciprocitePartenariat(Long.parseLong(l.cle())), l.libelle()))
                .setHeader(getTranslation("jeunesse.mission.champ.partenariat"))
                .setFlexGrow(3);
        partenariats.addColumn(LigneReciprocite::envoyes).setHeader(getTranslation("jeunesse.reciprocite.envoyes"));
        partenariats
                .addColumn(LigneReciprocite::accueillis)
                .setHeader(getTranslation("jeunesse.reciprocite.accueillis"));
        partenariats.addColumn(LigneReciprocite::solde).setHeader(getTranslation("jeunesse.reciprocite.solde"));
        partenariats.setItems(queries.parPartenariat(50));
        partenariats.setAllRowsVisible(true);
        add(new H2(getTranslation("jeunesse.reciprocite.par-partenariat")), partenariats);
        if (scope.peutGerer()) {
            levier = new Grid<>();
            levier.addColumn(EffetLevier::intitule)
                    .setHeader(getTranslation("jeunesse.appel.champ.intitule"))
                    .setAutoWidth(true);
            levier.addColumn(EffetLevier::annee).setHeader(getTranslation("jeunesse.appel.champ.annee"));
            levier.addColumn(EffetLevier::projets).setHeader(getTranslation("jeunesse.levier.projets"));
            levier.addColumn(l -> JeunesseFormat.euros(this, l.subventions()))
                    .setHeader(getTranslation("jeunesse.levier.subventions"));
            levier.addColumn(EffetLevier::mobilitesPrevues).setHeader(getTranslation("jeunesse.levier.prevues"));
            levier.addColumn(EffetLevier::mobilitesRealisees).setHeader(getTranslation("jeunesse.levier.realisees"));
            levier.addColumn(l -> l.mobilitesPour10000() == null
                            ? ""
                            : l.mobilitesPour10000().toPlainString())
                    .setHeader(getTranslation("jeunesse.levier.ratio"));
            levier.addColumn(EffetLevier::volontairesAccueillis)
                    .setHeader(getTranslation("jeunesse.levier.accueillis"));
            levier.addColumn(l -> l.accueillisPour10000() == null
                            ? ""
                            : l.accueillisPour10000().toPlainString())
                    .setHeader(getTranslation("jeunesse.levier.ratio-accueil"));
            levier.setItems(queries.levier());
            levier.setAllRowsVisible(true);
            add(
                    new H2(getTranslation("jeunesse.levier.title")),
                    new Paragraph(getTranslation("jeunesse.levier.intro")),
                    levier);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.reciprocite.title"));
    }
}
