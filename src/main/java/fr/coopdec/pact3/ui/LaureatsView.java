package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.pact3.Candidature;
import fr.coopdec.pact3.LaureatService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.crossmodule.PartnerRequestsByTheme;
import fr.coopdec.shared.crossmodule.PartnerRequestsByTheme.RequestLink;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public list of PACT3 laureates (label still valid) and their know-how, searchable by theme. */
@Route(value = Pact3Routes.LAUREATS, layout = MainLayout.class)
@Menu(order = 63, title = "pact3.laureats.menu", icon = "vaadin:trophy")
@AnonymousAllowed
public class LaureatsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Thematique> theme = new ComboBox<>();
    final Grid<Candidature> grid = new Grid<>(Candidature.class, false);
    final Span count = new Span();

    final Section demandes = new Section();
    private final transient PartnerRequestsByTheme bourse;

    public LaureatsView(LaureatService service, ReferentialQueries referential, PartnerRequestsByTheme bourse) {
        this.bourse = bourse;
        List<Thematique> themes = referential.allThematiques();
        Map<String, Thematique> byCode =
                themes.stream().collect(Collectors.toMap(Thematique::getCode, Function.identity()));
        theme.setLabel(getTranslation("pact3.laureats.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(t -> t.getLibelle(getLocale()));
        theme.setClearButtonVisible(true);
        grid.addColumn(Candidature::getCollectiviteNom)
                .setHeader(getTranslation("pact3.candidature.collectivite"))
                .setKey("collectivite")
                .setFlexGrow(2);
        grid.addColumn(c -> c.getThemes().stream()
                        .map(byCode::get)
                        .filter(java.util.Objects::nonNull)
                        .map(t -> t.getLibelle(getLocale()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("pact3.candidature.themes"))
                .setKey("themes")
                .setFlexGrow(3);
        grid.addColumn(Candidature::getSavoirFaire)
                .setHeader(getTranslation("pact3.candidature.savoir-faire"))
                .setFlexGrow(4);
        grid.addColumn(c -> Pact3Format.date(c.getLabelValideJusquAu(), getLocale()))
                .setHeader(getTranslation("pact3.candidature.label-jusqu-au"))
                .setKey("label");
        grid.setItems(new CallbackDataProvider<Candidature, Void>(
                q -> service.laureats(code(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> {
                    long total = service.laureats(code(), org.springframework.data.domain.PageRequest.of(0, 1))
                            .getTotalElements();
                    count.setText(getTranslation("common.results", total));
                    return (int) total;
                },
                Candidature::getId));
        theme.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            showBourseRequests();
        });
        demandes.setId("pact3-laureats-bourse");
        count.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("pact3.laureats.title")),
                new Paragraph(getTranslation("pact3.laureats.intro")),
                theme,
                count,
                grid,
                demandes);
        Grids.fillHeight(this, grid);
    }

    /** The Bourse requests in the chosen domain: authorities looking for exactly this know-how. */
    private void showBourseRequests() {
        demandes.removeAll();
        if (theme.getValue() == null) {
            return;
        }
        List<RequestLink> fiches = bourse.publishedRequests(theme.getValue().getId(), 5);
        demandes.add(
                new H2(getTranslation("pact3.laureats.bourse", theme.getValue().getLibelle(getLocale()))));
        if (fiches.isEmpty()) {
            demandes.add(new Paragraph(getTranslation("pact3.laureats.bourse.aucune")));
            return;
        }
        UnorderedList list = new UnorderedList();
        fiches.forEach(f -> list.add(new ListItem(new Anchor(f.route(), f.label()))));
        demandes.add(list);
    }

    private String code() {
        return theme.getValue() == null ? null : theme.getValue().getCode();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("pact3.laureats.title"));
    }
}
