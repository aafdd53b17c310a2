package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.jeunesse.Direction;
import fr.coopdec.jeunesse.JeunesseScope;
import fr.coopdec.jeunesse.Mission;
import fr.coopdec.jeunesse.MissionCsv;
import fr.coopdec.jeunesse.MissionFilter;
import fr.coopdec.jeunesse.MissionService;
import fr.coopdec.jeunesse.StatutMission;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The placements the user sees, filtered by direction, status and text; CSV export; link to the import. */
@Route(value = JeunesseRoutes.MISSIONS, layout = MainLayout.class)
@Menu(order = 61, title = "jeunesse.missions.menu", icon = "vaadin:airplane")
@RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
public class MissionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<Mission> grid = new Grid<>();
    final ComboBox<Direction> direction = new ComboBox<>();
    final ComboBox<StatutMission> statut = new ComboBox<>();
    final TextField texte = new TextField();
    final ComboBox<Pays> pays = new ComboBox<>();
    final Anchor export = new Anchor();
    final Anchor importer = new Anchor(JeunesseRoutes.IMPORT, "");
    private final Span count = new Span();

    private final transient ReferentialQueries referential;

    public MissionsView(MissionService service, MissionCsv csv, JeunesseScope scope, ReferentialQueries referential) {
        this.referential = referential;
        pays.setLabel(getTranslation("jeunesse.missions.pays"));
        pays.setItems(referential.allPays().stream()
                .sorted(java.util.Comparator.comparing((Pays p) -> p.getNom(getLocale())))
                .toList());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        pays.setClearButtonVisible(true);
        pays.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        direction.setLabel(getTranslation("jeunesse.mission.champ.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("jeunesse.direction." + d.name()));
        direction.setClearButtonVisible(true);
        statut.setLabel(getTranslation("jeunesse.mission.champ.statut"));
        statut.setItems(StatutMission.values());
        statut.setItemLabelGenerator(s -> getTranslation("jeunesse.statut." + s.name()));
        statut.setClearButtonVisible(true);
        texte.setLabel(getTranslation("jeunesse.missions.recherche"));
        texte.setClearButtonVisible(true);
        texte.setValueChangeMode(ValueChangeMode.LAZY);
        direction.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        statut.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        texte.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addComponentColumn(
                        m -> new Anchor(JeunesseRoutes.mission(m.getId()), JeunesseFormat.nom(this, m.getVolontaire())))
                .setHeader(getTranslation("jeunesse.mission.champ.volontaire"))
                .setFlexGrow(2);
        grid.addColumn(m -> JeunesseFormat.direction(this, m))
                .setHeader(getTranslation("jeunesse.mission.champ.direction"))
                .setSortProperty("direction");
        grid.addColumn(m -> m.getPays().getNom(getLocale())).setHeader(getTranslation("jeunesse.mission.champ.pays"));
        grid.addColumn(Mission::getVille)
                .setHeader(getTranslation("jeunesse.mission.champ.ville"))
                .setSortProperty("ville");
        grid.addColumn(Mission::getStructureEnvoi).setHeader(getTranslation("jeunesse.mission.champ.envoi"));
        grid.addColumn(Mission::getStructureAccueil).setHeader(getTranslation("jeunesse.mission.champ.accueil"));
        grid.addColumn(m -> JeunesseFormat.date(this, m.getDateDebut()))
                .setHeader(getTranslation("jeunesse.mission.champ.debut"))
                .setSortProperty("dateDebut");
        grid.addColumn(m -> JeunesseFormat.statut(this, m))
                .setHeader(getTranslation("jeunesse.mission.champ.statut"))
                .setSortProperty("statut");
        grid.setItems(new CallbackDataProvider<Mission, Void>(
                q -> {
                    PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(q);
                    return service
                            .find(
                                    filter(),
                                    page.getSort().isSorted()
                                            ? page
                                            : page.withSort(Sort.by(Sort.Direction.DESC, "dateDebut")
                                                    .and(Sort.by("id"))))
                            .stream();
                },
                q -> {
                    long total = service.find(filter(), PageRequest.of(0, 1)).getTotalElements();
                    count.setText(getTranslation("common.results", total));
                    return (int) total;
                },
                AbstractEntity::getId));
        count.getElement().setAttribute("aria-live", "polite");
        export.setText(getTranslation("jeunesse.missions.export"));
        export.setHref(new StreamResource("missions.csv", () -> {
            StringWriter writer = new StringWriter();
            writer.write('\uFEFF');
            csv.export(writer);
            return new ByteArrayInputStream(writer.toString().getBytes(StandardCharsets.UTF_8));
        }));
        export.getElement().setAttribute("download", true);
        importer.setText(getTranslation("jeunesse.import.menu"));
        importer.setVisible(scope.peutGerer());
        HorizontalLayout filters = new HorizontalLayout(direction, statut, pays, texte);
        HorizontalLayout links = new HorizontalLayout(export, importer);
        add(new H1(getTranslation("jeunesse.missions.title")), filters, links, count, grid);
        Grids.fillHeight(this, grid);
    }

    private MissionFilter filter() {
        return new MissionFilter(
                direction.getValue(),
                statut.getValue(),
                texte.getValue(),
                pays.getValue() == null ? null : pays.getValue().getId());
    }

    /** {@code ?direction=ENVOI&statut=EN_COURS&pays=BJ}: the list behind a dashboard figure, shareable as a link. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("direction")
                .flatMap(v -> parse(Direction.class, v))
                .ifPresent(direction::setValue);
        params.getSingleParameter("statut")
                .flatMap(v -> parse(StatutMission.class, v))
                .ifPresent(statut::setValue);
        params.getSingleParameter("pays").flatMap(referential::findPays).ifPresent(pays::setValue);
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, String value) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // an unknown value leaves the filter open
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.missions.title"));
    }
}
