package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.shared.ui.Grids;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Partnerships found by an Atlas filter, fetched page by page in SQL and sortable, with a live
 * "1 234 partenariats" count. Each title links to the partnership's page.
 */
class PartenariatGrid extends Grid<PartenariatResume> {

    static final String TITLE_COLUMN = "intitule";

    /** The number of partnerships found; read by screen readers when it changes. */
    final Span count = new Span();

    private PartenariatFilter filter = PartenariatFilter.all();

    PartenariatGrid(AtlasQueries queries) {
        // A template renderer, not a component per row: a RouterLink per visible row cost ~1 KB each in
        // the session (bench/sessions.sh); the link is plain HTML that the router intercepts.
        Grids.readableMainColumn(
                this,
                addColumn(LitRenderer.<PartenariatResume>of("<a href=\"${item.href}\">${item.intitule}</a>")
                                .withProperty("href", r -> AtlasRoutes.partenariat(r.id()))
                                .withProperty("intitule", PartenariatResume::intitule))
                        .setKey(TITLE_COLUMN)
                        .setHeader(getTranslation("atlas.search.column.intitule"))
                        .setSortProperty("intitule")
                        .setFlexGrow(3),
                PartenariatResume::intitule);
        addColumn(r -> r.paysNom(getLocale()))
                .setHeader(getTranslation("atlas.search.column.pays"))
                .setFlexGrow(1);
        addColumn(r -> String.join(", ", r.collectivitesFrancaises()))
                .setHeader(getTranslation("atlas.search.column.francaises"))
                .setFlexGrow(2);
        addColumn(r -> String.join(", ", r.collectivitesPartenaires()))
                .setHeader(getTranslation("atlas.search.column.partenaires"))
                .setFlexGrow(2);
        addColumn(r -> getTranslation("atlas.statut." + r.statut().name()))
                .setHeader(getTranslation("atlas.search.column.statut"))
                .setSortProperty("statut")
                .setAutoWidth(true);
        addColumn(PartenariatResume::anneeDebut)
                .setHeader(getTranslation("atlas.search.column.debut"))
                .setSortProperty("anneeDebut")
                .setAutoWidth(true);
        addColumn(r -> AtlasFormat.date(r.derniereMiseAJour(), getLocale()))
                .setHeader(getTranslation("atlas.search.column.maj"))
                .setSortProperty("derniereMiseAJour")
                .setAutoWidth(true);
        getElement().setAttribute("aria-label", getTranslation("atlas.search.grid"));
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        setItems(new CallbackDataProvider<PartenariatResume, Void>(
                query -> queries.search(filter, page(query)).stream(),
                query -> {
                    long total = queries.count(filter);
                    count.setText(getTranslation("atlas.search.count", total));
                    return (int) Math.min(total, Integer.MAX_VALUE);
                },
                PartenariatResume::id));
        setMultiSort(false);
        // rows are held in the session while shown: pages of 20 instead of 50 (bench/sessions.sh,
        // 50 sessions on /atlas: 334 → 302 KB per session)
        setPageSize(20);
    }

    /** Shows the partnerships of another filter, from the first page. */
    void show(PartenariatFilter newFilter) {
        this.filter = newFilter;
        getDataProvider().refreshAll();
    }

    PartenariatFilter filter() {
        return filter;
    }

    private static PageRequest page(com.vaadin.flow.data.provider.Query<PartenariatResume, Void> query) {
        PageRequest request = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return request.getSort().isSorted() ? request : request.withSort(Sort.by("intitule"));
    }
}
