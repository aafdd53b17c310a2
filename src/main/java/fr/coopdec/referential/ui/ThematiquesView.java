package fr.coopdec.referential.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.PageTitles;
import org.springframework.data.domain.Sort;

/** The cooperation themes and the OECD DAC sector codes they map to. */
@Route("referentiel/thematiques")
@Menu(order = 83, title = "referential.menu.thematiques", icon = "vaadin:tags")
@AnonymousAllowed
public class ThematiquesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Thematique> grid = new Grid<>(Thematique.class, false);
    private final TextField search;

    public ThematiquesView(ReferentialQueries queries) {
        search = LazyGrids.searchField(
                "referential.thematiques.search", "referential.thematiques.search.help", () -> grid.getDataProvider()
                        .refreshAll());
        boolean english = "en".equals(getLocale().getLanguage());
        grid.addColumn(t -> t.getLibelle(getLocale()))
                .setHeader(getTranslation("referential.thematiques.libelle"))
                .setSortProperty(english ? "libelleEn" : "libelleFr")
                .setFlexGrow(3);
        grid.addColumn(t -> String.join(", ", t.getCodesCad()))
                .setHeader(getTranslation("referential.thematiques.codes-cad"));
        grid.addColumn(Thematique::getCode)
                .setHeader(getTranslation("referential.thematiques.code"))
                .setSortProperty("code");
        Span count = LazyGrids.resultCount();
        LazyGrids.bind(
                grid,
                count,
                Sort.by(english ? "libelleEn" : "libelleFr"),
                page -> queries.findThematiques(search.getValue(), page),
                Thematique::getId);
        add(new H1(getTranslation("referential.thematiques.title")), search, count, grid);
        Grids.fillHeight(this, grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("referential.thematiques.title"));
    }
}
