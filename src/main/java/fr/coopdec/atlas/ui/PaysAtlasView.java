package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.atlas.Agregat;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.List;
import java.util.Map;

/** The public page of a country: how much cooperation, with which local authorities, on which themes. */
@Route(value = AtlasRoutes.PAYS, layout = MainLayout.class)
@AnonymousAllowed
public class PaysAtlasView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AtlasQueries queries;
    private final ReferentialQueries referential;
    private String title = "";

    public PaysAtlasView(AtlasQueries queries, ReferentialQueries referential) {
        this.queries = queries;
        this.referential = referential;
        addClassName("atlas-pays");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Pays pays = referential
                .findPays(event.getRouteParameters().get("iso").orElse(""))
                .orElse(null);
        if (pays == null) {
            event.rerouteToError(new AtlasNotFoundException("atlas.page.not-found.pays"), "");
            return;
        }
        removeAll();
        title = pays.getNom(getLocale());
        PartenariatFilter filter =
                PartenariatFilter.builder().pays(pays.getCodeAlpha2()).build();
        RouterLink search = new RouterLink(getTranslation("atlas.page.pays.recherche"), AtlasSearchView.class);
        search.setQueryParameters(new QueryParameters(Map.of("pays", List.of(pays.getCodeAlpha2()))));
        search.setId("atlas-pays-recherche");
        add(new H1(title), counts(filter), search, partners(filter), themes(filter));
    }

    private DescriptionList counts(PartenariatFilter filter) {
        List<Agregat> parStatut = queries.parStatut(filter);
        long total = parStatut.stream().mapToLong(Agregat::nombre).sum();
        long actifs = parStatut.stream()
                .filter(a -> StatutPartenariat.ACTIF.name().equals(a.cle()))
                .mapToLong(Agregat::nombre)
                .sum();
        DescriptionList counts = new DescriptionList();
        counts.setId("atlas-pays-chiffres");
        AtlasPageParts.fact(
                counts, getTranslation("atlas.page.pays.partenariats"), AtlasFormat.number(total, getLocale()));
        AtlasPageParts.fact(counts, getTranslation("atlas.page.pays.actifs"), AtlasFormat.number(actifs, getLocale()));
        AtlasPageParts.fact(
                counts,
                getTranslation("atlas.page.pays.projets"),
                AtlasFormat.number(queries.countProjets(filter), getLocale()));
        return counts;
    }

    private Section partners(PartenariatFilter filter) {
        Section section = new Section(new H2(getTranslation("atlas.page.pays.partenaires")));
        section.setId("atlas-pays-partenaires");
        List<Agregat> partenaires = queries.parCollectivitePartenaire(filter);
        if (partenaires.isEmpty()) {
            section.add(new Paragraph(getTranslation("atlas.page.pays.aucun")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (Agregat partenaire : partenaires) {
            list.add(new ListItem(
                    new RouterLink(
                            partenaire.libelleFr(),
                            CollectiviteAtlasView.class,
                            new RouteParameters(
                                    "cle", CollectiviteAtlasView.foreignKey(Long.parseLong(partenaire.cle())))),
                    new Span(" " + getTranslation("atlas.page.pays.nombre", partenaire.nombre()))));
        }
        section.add(list);
        return section;
    }

    private Section themes(PartenariatFilter filter) {
        Section section = new Section(new H2(getTranslation("atlas.page.pays.thematiques")));
        section.setId("atlas-pays-thematiques");
        UnorderedList list = new UnorderedList();
        queries.parThematique(filter)
                .forEach(theme -> list.add(new ListItem(
                        getTranslation("atlas.page.pays.thematique", theme.libelle(getLocale()), theme.nombre()))));
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
