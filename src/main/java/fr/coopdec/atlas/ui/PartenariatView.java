package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.atlas.AtlasScope;
import fr.coopdec.atlas.FinancementsExternes;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.Comparator;
import java.util.stream.Collectors;

/** The public page of one partnership, at a stable URL people share ({@code /atlas/partenariats/42}). */
@Route(value = AtlasRoutes.PARTENARIAT, layout = MainLayout.class)
@AnonymousAllowed
public class PartenariatView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String EDIT_ID = "atlas-modifier";

    private final PartenariatService service;
    private final AtlasScope scope;
    private final CurrentUser currentUser;
    private final FinancementsExternes financements;
    private String title = "";

    public PartenariatView(
            PartenariatService service, AtlasScope scope, CurrentUser currentUser, FinancementsExternes financements) {
        this.service = service;
        this.financements = financements;
        this.scope = scope;
        this.currentUser = currentUser;
        addClassName("atlas-partenariat");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Partenariat partenariat = service.findDetail(id).orElse(null);
        if (partenariat == null) {
            event.rerouteToError(new AtlasNotFoundException("atlas.page.not-found.partenariat"), "");
            return;
        }
        removeAll();
        title = partenariat.getIntitule();
        boolean signedIn = currentUser.get().isPresent();
        add(new H1(title));
        if (scope.canEdit(partenariat)) {
            Button edit =
                    new Button(getTranslation("atlas.page.modifier"), VaadinIcon.EDIT.create(), e -> UI.getCurrent()
                            .navigate(AtlasRoutes.partenariatEdit(id)));
            edit.setId(EDIT_ID);
            add(edit);
        }
        add(facts(partenariat), partners(partenariat));
        if (partenariat.getDescription() != null
                && !partenariat.getDescription().isBlank()) {
            add(new Section(
                    new H2(getTranslation("atlas.page.description")), new Paragraph(partenariat.getDescription())));
        }
        add(
                new ContactsSection(partenariat.getElu(), partenariat.getTechnicien(), signedIn),
                new ProjetsSection(partenariat.getProjets()));
        var grants = financements.of(id);
        if (!grants.isEmpty()) {
            add(new FinancementsSection(grants));
        }
        add(new HistorySection(service.history(id), signedIn));
    }

    private DescriptionList facts(Partenariat p) {
        DescriptionList facts = new DescriptionList();
        facts.setId("atlas-faits");
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.nature"),
                getTranslation("atlas.nature." + p.getNature().name()));
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.statut"),
                getTranslation("atlas.statut." + p.getStatut().name()));
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.annees"),
                p.getAnneeFin() == null
                        ? getTranslation("atlas.page.annees.depuis", String.valueOf(p.getAnneeDebut()))
                        : getTranslation(
                                "atlas.page.annees.de-a",
                                String.valueOf(p.getAnneeDebut()),
                                String.valueOf(p.getAnneeFin())));
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.pays"),
                new RouterLink(
                        p.getPays().getNom(getLocale()),
                        PaysAtlasView.class,
                        new RouteParameters("iso", p.getPays().getCodeAlpha2())));
        AtlasPageParts.fact(
                facts,
                getTranslation("atlas.page.thematiques"),
                p.getThematiques().stream()
                        .map(t -> t.getLibelle(getLocale()))
                        .sorted()
                        .collect(Collectors.joining(", ")));
        AtlasPageParts.fact(
                facts, getTranslation("atlas.page.maj"), AtlasFormat.date(p.getDerniereMiseAJour(), getLocale()));
        return facts;
    }

    private Section partners(Partenariat p) {
        UnorderedList francaises = new UnorderedList();
        p.getCollectivitesFrancaises().stream()
                .sorted(Comparator.comparing(CollectiviteFrancaise::getNom))
                .forEach(c -> francaises.add(item(c.getNom(), c.getCleAtlas())));
        UnorderedList etrangeres = new UnorderedList();
        p.getCollectivitesPartenaires().stream()
                .sorted(Comparator.comparing(CollectivitePartenaire::getNom))
                .forEach(c -> etrangeres.add(item(c.getNom(), CollectiviteAtlasView.foreignKey(c.getId()))));
        Section section = new Section(
                new H2(getTranslation("atlas.page.francaises")),
                francaises,
                new H2(getTranslation("atlas.page.partenaires")),
                etrangeres);
        section.setId("atlas-partenaires");
        return section;
    }

    private static Component item(String name, String key) {
        return new ListItem(new RouterLink(name, CollectiviteAtlasView.class, new RouteParameters("cle", key)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
