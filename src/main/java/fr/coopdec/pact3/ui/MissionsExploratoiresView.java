package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.pact3.AppelPact3Service;
import fr.coopdec.pact3.Candidature;
import fr.coopdec.pact3.MissionExploratoire;
import fr.coopdec.pact3.MissionExploratoireService;
import fr.coopdec.pact3.PieceJointeService;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exploratory missions: the eligible countries (map and list), a laureate's proposal form, the
 * missions in the user's scope and the next steps of the selected one.
 */
@Route(value = Pact3Routes.MISSIONS, layout = MainLayout.class)
@Menu(order = 64, title = "pact3.missions.menu", icon = "vaadin:airplane")
@RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
public class MissionsExploratoiresView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final PaysEligiblesSection eligibles;
    final MissionExploratoireForm form;
    final Button proposer = new Button();
    final Grid<MissionExploratoire> grid = new Grid<>(MissionExploratoire.class, false);
    final MissionActions actions;
    /** Filters the missions' list by country ({@code ?pays=BJ}, as the DAECT dashboard links to it). */
    final ComboBox<Pays> paysFiltre = new ComboBox<>();

    private final transient MissionExploratoireService service;

    public MissionsExploratoiresView(
            MissionExploratoireService service,
            AppelPact3Service appels,
            ReferentialQueries referential,
            CurrentUser currentUser,
            PieceJointeService pieceService) {
        this.service = service;
        boolean admin = currentUser.isAdmin();
        List<Pays> allPays = referential.allPays();
        Map<String, Pays> byCode = allPays.stream().collect(Collectors.toMap(Pays::getCodeAlpha2, Function.identity()));
        eligibles = new PaysEligiblesSection(service.paysEligibles(), appels.seuilPartenariats());
        List<Candidature> labels = admin ? List.of() : service.mesLabels();
        form = new MissionExploratoireForm(
                labels,
                allPays.stream()
                        .filter(p -> p.getCategorieCad() != null
                                && p.getCategorieCad().isOdaRecipient())
                        .toList());
        proposer.setText(getTranslation("pact3.mission.proposer"));
        proposer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proposer.addClickListener(e -> proposer());

        grid.addColumn(m -> m.getCandidature().getCollectiviteNom())
                .setHeader(getTranslation("pact3.candidature.collectivite"))
                .setKey("collectivite")
                .setFlexGrow(2);
        grid.addColumn(m -> byCode.containsKey(m.getPaysCode())
                        ? byCode.get(m.getPaysCode()).getNom(getLocale())
                        : m.getPaysCode())
                .setHeader(getTranslation("pact3.mission.pays"))
                .setKey("pays");
        grid.addColumn(MissionExploratoire::getObjet)
                .setHeader(getTranslation("pact3.mission.objet"))
                .setFlexGrow(3);
        grid.addColumn(m -> Pact3Format.euros(m.budget(), getLocale()))
                .setHeader(getTranslation("pact3.mission.budget"))
                .setKey("budget");
        grid.addColumn(m -> getTranslation("pact3.mission.statut." + m.getStatut()))
                .setHeader(getTranslation("pact3.candidature.statut"))
                .setKey("statut");
        paysFiltre.setLabel(getTranslation("pact3.missions.pays"));
        paysFiltre.setItems(allPays.stream()
                .sorted(java.util.Comparator.comparing((Pays p) -> p.getNom(getLocale())))
                .toList());
        paysFiltre.setItemLabelGenerator(p -> p.getNom(getLocale()));
        paysFiltre.setClearButtonVisible(true);
        paysFiltre.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setItems(q -> service
                .find(
                        paysFiltre.getValue() == null
                                ? null
                                : paysFiltre.getValue().getCodeAlpha2(),
                        VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream());
        grid.setHeight("16em");
        actions = new MissionActions(
                service, pieceService, admin, () -> grid.getDataProvider().refreshAll());
        grid.asSingleSelect().addValueChangeListener(e -> actions.show(e.getValue()));

        // Picking a country on the map or in the list fills the proposal's country.
        eligibles.grid.addItemClickListener(e -> choose(byCode.get(e.getItem().code())));
        eligibles.map.addClickListener(e -> choose(byCode.get(e.getCode())));
        add(new H1(getTranslation("pact3.missions.title")), eligibles);
        if (!labels.isEmpty()) {
            add(new H2(getTranslation("pact3.mission.nouvelle")), form, proposer);
        }
        add(new H2(getTranslation("pact3.missions.liste")), paysFiltre, grid, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("pays")
                .map(code -> code.toUpperCase(java.util.Locale.ROOT))
                .flatMap(code -> paysFiltre
                        .getListDataView()
                        .getItems()
                        .filter(p -> p.getCodeAlpha2().equals(code))
                        .findFirst())
                .ifPresent(paysFiltre::setValue);
    }

    private void choose(Pays pays) {
        if (pays != null && form.isAttached()) {
            form.pays.setValue(pays);
        }
    }

    private void proposer() {
        if (form.label.getValue() == null || form.pays.getValue() == null) {
            ErrorNotifier.show(getTranslation("common.error.form-invalid"));
            return;
        }
        ErrorNotifier.attempt(() -> {
            service.proposer(
                    form.label.getValue().getId(),
                    form.pays.getValue().getCodeAlpha2(),
                    form.objet.getValue(),
                    form.montants());
            ErrorNotifier.showSuccess(getTranslation("pact3.mission.proposee"));
            grid.getDataProvider().refreshAll();
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("pact3.missions.title"));
    }
}
