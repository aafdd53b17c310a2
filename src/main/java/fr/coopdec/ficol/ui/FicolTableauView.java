package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.coopdec.ficol.FicolAgregat;
import fr.coopdec.ficol.FicolStatistiques;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ChartOptions;
import fr.coopdec.shared.ui.ChartPoint;
import fr.coopdec.shared.ui.ChartSection;
import fr.coopdec.shared.ui.ChartTable;
import fr.coopdec.shared.ui.EChart;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Amounts requested, committed and disbursed by country, DAC category and year; CSV export of the files. */
@Route(value = FicolRoutes.TABLEAU, layout = MainLayout.class)
@Menu(order = 56, title = "ficol.tableau.menu", icon = "vaadin:chart")
@RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE})
public class FicolTableauView extends VerticalLayout implements HasDynamicTitle {

    final Grid<FicolAgregat> parPays;
    final Grid<FicolAgregat> parCategorie;
    final Grid<FicolAgregat> parAnnee;
    final Anchor export;
    final ChartSection graphique;

    public FicolTableauView(FicolStatistiques statistiques) {
        parPays = grid(statistiques.parPays(), a -> a.cle());
        parCategorie = grid(statistiques.parCategorie(), a -> getTranslation("referential.cad." + a.cle()));
        parAnnee = grid(statistiques.parAnnee(), a -> a.cle());
        export = new Anchor();
        export.setText(getTranslation("ficol.tableau.export"));
        export.setHref(
                (DownloadHandler) event -> {
                    event.setFileName("ficol-dossiers.csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
                    statistiques.exporterCsv(writer);
                    writer.flush();
                },
                AttachmentType.DOWNLOAD);
        List<ChartPoint> points = statistiques.parAnnee().stream()
                .filter(a -> a.cle() != null)
                .map(a -> new ChartPoint(
                        a.cle(), a.cle(), a.engage() == null ? 0 : a.engage().longValue()))
                .toList();
        EChart chart = new EChart();
        chart.setOption(ChartOptions.bar(getTranslation("ficol.tableau.engage"), points));
        chart.setHeight("320px");
        chart.setWidthFull();
        graphique = new ChartSection(
                getTranslation("ficol.tableau.graphique"),
                chart,
                new ChartTable(
                        getTranslation("ficol.tableau.graphique"),
                        getTranslation("ficol.tableau.cle"),
                        getTranslation("ficol.tableau.engage"),
                        points,
                        getLocale(),
                        null));
        add(
                new H1(getTranslation("ficol.tableau.titre")),
                export,
                graphique,
                new H2(getTranslation("ficol.tableau.par-pays")),
                parPays,
                new H2(getTranslation("ficol.tableau.par-categorie")),
                parCategorie,
                new H2(getTranslation("ficol.tableau.par-annee")),
                parAnnee);
    }

    private Grid<FicolAgregat> grid(List<FicolAgregat> lignes, Function<FicolAgregat, String> cle) {
        Grid<FicolAgregat> grid = new Grid<>(FicolAgregat.class, false);
        grid.addColumn(cle::apply).setKey("cle").setHeader(getTranslation("ficol.tableau.cle"));
        grid.addColumn(FicolAgregat::dossiers).setKey("dossiers").setHeader(getTranslation("ficol.tableau.dossiers"));
        grid.addColumn(a -> FicolFormat.euros(a.demande(), getLocale()))
                .setKey("demande")
                .setHeader(getTranslation("ficol.tableau.demande"));
        grid.addColumn(a -> FicolFormat.euros(a.engage(), getLocale()))
                .setKey("engage")
                .setHeader(getTranslation("ficol.tableau.engage"));
        grid.addColumn(a -> FicolFormat.euros(a.verse(), getLocale()))
                .setKey("verse")
                .setHeader(getTranslation("ficol.tableau.verse"));
        grid.setItems(lignes);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("ficol.tableau.titre"));
    }
}
