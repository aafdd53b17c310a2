package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.GroupementService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public page of an authority, French or foreign, with all its partnerships. The key is the
 * Atlas key of a French authority (COG code, SIREN, dep-42, reg-84, grp-SIREN for a grouping) or etr-{id} for a foreign one.
 */
@Route(value = AtlasRoutes.COLLECTIVITE, layout = MainLayout.class)
@AnonymousAllowed
public class CollectiviteAtlasView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String FOREIGN_PREFIX = "etr-";
    private static final Pattern FOREIGN_KEY = Pattern.compile("etr-[0-9]{1,18}");

    final H1 title = new H1();
    final DescriptionList facts = new DescriptionList();
    final PartenariatGrid grid;
    private final ReferentialQueries referential;

    private final GroupementService groupements;

    public CollectiviteAtlasView(AtlasQueries queries, ReferentialQueries referential, GroupementService groupements) {
        this.referential = referential;
        this.groupements = groupements;
        this.grid = new PartenariatGrid(queries);
        addClassName("atlas-collectivite");
        add(title, facts, grid.count, grid);
        Grids.fillHeight(this, grid);
    }

    static String foreignKey(long id) {
        return FOREIGN_PREFIX + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String cle = event.getRouteParameters().get("cle").orElse("");
        facts.removeAll();
        if (FOREIGN_KEY.matcher(cle).matches()) {
            Optional<CollectivitePartenaire> partenaire =
                    referential.findCollectivitePartenaire(Long.parseLong(cle.substring(FOREIGN_PREFIX.length())));
            partenaire.ifPresentOrElse(this::show, () -> notFound(event));
        } else {
            referential.findCollectiviteFrancaiseByCle(cle).ifPresentOrElse(this::show, () -> notFound(event));
        }
    }

    private void show(CollectivitePartenaire partenaire) {
        title.setText(partenaire.getNom());
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.collectivite.type"),
                getTranslation("referential.partenaire.niveau."
                        + partenaire.getNiveau().name()));
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.pays"),
                new RouterLink(
                        partenaire.getPays().getNom(getLocale()),
                        PaysAtlasView.class,
                        new RouteParameters("iso", partenaire.getPays().getCodeAlpha2())));
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.collectivite.recherche"),
                searchLink(
                        "atlas.page.collectivite.recherche.lien",
                        "partenaire",
                        partenaire.getId().toString()));
        grid.show(PartenariatFilter.builder()
                .collectivitePartenaire(partenaire.getId())
                .build());
    }

    private void show(CollectiviteFrancaise francaise) {
        title.setText(francaise.getNom());
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.collectivite.type"),
                getTranslation(
                        "referential.collectivite.type." + francaise.getType().name()));
        AtlasPageParts.fact(facts, getTranslation("atlas.page.collectivite.code"), francaise.getCode());
        if (francaise.getType().isGroupement()) {
            AtlasPageParts.fact(
                    facts,
                    getTranslation("atlas.page.collectivite.membres"),
                    groupements.membres(francaise.getId()).stream()
                            .map(CollectiviteFrancaise::getNom)
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.collectivite.recherche"),
                searchLink("atlas.page.collectivite.recherche.lien", "collectivite", francaise.getCleAtlas()));
        // A région's or département's own partnerships are listed here; the search adds those inside it.
        if (francaise.getType() == TypeCollectiviteFrancaise.REGION) {
            AtlasPageParts.fact(
                    facts,
                    getTranslation("atlas.page.collectivite.territoire"),
                    searchLink("atlas.page.collectivite.territoire.lien", "region", francaise.getCode()));
        } else if (francaise.getType() == TypeCollectiviteFrancaise.DEPARTEMENT) {
            AtlasPageParts.fact(
                    facts,
                    getTranslation("atlas.page.collectivite.territoire"),
                    searchLink("atlas.page.collectivite.territoire.lien", "departement", francaise.getCode()));
        }
        grid.show(PartenariatFilter.builder()
                .collectiviteFrancaise(francaise.getId())
                .build());
    }

    private RouterLink searchLink(String textKey, String parameter, String value) {
        RouterLink link = new RouterLink(getTranslation(textKey), AtlasSearchView.class);
        link.setQueryParameters(new QueryParameters(Map.of(parameter, List.of(value))));
        return link;
    }

    private static void notFound(BeforeEnterEvent event) {
        event.rerouteToError(new AtlasNotFoundException("atlas.page.not-found.collectivite"), "");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title.getText());
    }
}
