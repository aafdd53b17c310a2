package fr.coopdec.appels.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.appels.AppelsQueries;
import fr.coopdec.appels.CandidatureFilter;
import fr.coopdec.appels.CandidatureResume;
import fr.coopdec.appels.StatutCandidatureDaect;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The applications to DAECT's calls within the reader's scope (DAECT all submitted ones, an embassy
 * post those of its country, an authority its own, drafts included), by call ({@code ?appel=3}) and status.
 */
@Route(value = AppelsRoutes.CANDIDATURES, layout = MainLayout.class)
@Menu(order = 51, title = "appels.menu.candidatures", icon = "vaadin:file-text-o")
@RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE, Roles.POSTE})
public class CandidaturesDaectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<CandidatureResume> grid = new Grid<>(CandidatureResume.class, false);
    final Select<StatutCandidatureDaect> statut = new Select<>();
    final Paragraph appel = new Paragraph();
    private final transient AppelsQueries queries;
    private Long appelId;

    public CandidaturesDaectView(AppelsQueries queries) {
        this.queries = queries;
        statut.setLabel(getTranslation("appels.candidature.statut"));
        statut.setItems(StatutCandidatureDaect.values());
        statut.setItemLabelGenerator(s -> s == null ? "" : getTranslation("appels.statut." + s.name()));
        statut.setEmptySelectionAllowed(true);
        statut.setEmptySelectionCaption(getTranslation("appels.candidatures.tous-statuts"));
        statut.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(CandidatureResume::intitule)
                .setHeader(getTranslation("appels.candidature.intitule"))
                .setKey("intitule")
                .setFlexGrow(3);
        grid.addColumn(CandidatureResume::appel).setHeader(getTranslation("appels.candidature.appel"));
        grid.addColumn(CandidatureResume::porteur)
                .setHeader(getTranslation("appels.candidature.porteur"))
                .setKey("porteur");
        grid.addColumn(c -> "en".equals(getLocale().getLanguage()) ? c.paysNomEn() : c.paysNomFr())
                .setHeader(getTranslation("appels.candidature.pays"));
        grid.addColumn(c -> getTranslation("appels.statut." + c.statut().name()))
                .setHeader(getTranslation("appels.candidature.statut"))
                .setKey("statut");
        grid.addColumn(c -> AppelsFormat.euros(c.montantDemande(), getLocale()))
                .setHeader(getTranslation("appels.candidature.demande"));
        grid.addColumn(c -> AppelsFormat.euros(c.montantAccorde(), getLocale()))
                .setHeader(getTranslation("appels.candidature.accorde"))
                .setKey("accorde");
        grid.setItems(q -> queries.candidatures(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q ->
                (int) queries.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(AppelsRoutes.candidature(e.getItem().id()))));
        add(new H1(getTranslation("appels.candidatures.title")), appel, statut, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        appelId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(AppelsRoutes.PARAM_APPEL)
                .filter(v -> v.matches("[0-9]{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        appel.setText(
                appelId == null
                        ? ""
                        : getTranslation(
                                "appels.candidatures.filtre-appel",
                                queries.appel(appelId).intitule()));
        appel.setVisible(appelId != null);
        grid.getDataProvider().refreshAll();
    }

    CandidatureFilter filter() {
        return new CandidatureFilter(appelId, statut.getValue());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("appels.candidatures.title"));
    }
}
