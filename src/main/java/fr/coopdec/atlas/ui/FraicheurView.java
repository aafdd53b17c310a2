package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.atlas.FraicheurService;
import fr.coopdec.atlas.PartenariatPerime;
import fr.coopdec.atlas.Relance;
import fr.coopdec.atlas.RelanceService;
import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Partnerships not updated for two years, oldest first, for DAECT (all) and embassy posts (their
 * country): "Relancer" e-mails the authority a link to the edit page; the list shows the last reminder.
 */
@Route(value = AtlasRoutes.FRESHNESS, layout = MainLayout.class)
@Menu(order = 24, title = "atlas.fraicheur.menu", icon = "vaadin:clock")
@RolesAllowed({Roles.ADMIN, Roles.POSTE})
public class FraicheurView extends VerticalLayout implements HasDynamicTitle {

    static final String RELANCER_COLUMN = "relancer";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    final Grid<PartenariatPerime> grid = new Grid<>(PartenariatPerime.class, false);
    private final Span count = new Span();
    private final transient RelanceService relances;

    public FraicheurView(FraicheurService fraicheur, RelanceService relances) {
        this.relances = relances;
        grid.addComponentColumn(p -> new Anchor(AtlasRoutes.partenariat(p.id()), p.intitule()))
                .setHeader(getTranslation("atlas.fraicheur.intitule"))
                .setSortProperty("intitule")
                .setFlexGrow(3);
        grid.addColumn(p -> isEnglish() ? p.paysNomEn() : p.paysNomFr())
                .setHeader(getTranslation("atlas.fraicheur.pays"));
        grid.addColumn(PartenariatPerime::collectivites)
                .setHeader(getTranslation("atlas.fraicheur.collectivites"))
                .setFlexGrow(2);
        grid.addColumn(p -> date(p.derniereMiseAJour()))
                .setHeader(getTranslation("atlas.fraicheur.mise-a-jour"))
                .setSortProperty("derniereMiseAJour")
                .setKey("miseAJour");
        grid.addColumn(p -> p.derniereRelance() == null
                        ? getTranslation("atlas.fraicheur.jamais-relance")
                        : getTranslation("atlas.fraicheur.relance-le", date(p.derniereRelance())))
                .setHeader(getTranslation("atlas.fraicheur.derniere-relance"))
                .setSortProperty("derniereRelance")
                .setKey("relance");
        grid.addComponentColumn(this::relancerButton)
                .setKey(RELANCER_COLUMN)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(new CallbackDataProvider<PartenariatPerime, Void>(
                query -> fraicheur.find(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long total = fraicheur.count();
                    count.setText(getTranslation("common.results", total));
                    return (int) total;
                },
                PartenariatPerime::id));
        count.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("atlas.fraicheur.title")),
                new Paragraph(getTranslation("atlas.fraicheur.intro")),
                count,
                grid);
        Grids.fillHeight(this, grid);
    }

    private Button relancerButton(PartenariatPerime p) {
        Button button = new Button(getTranslation("atlas.fraicheur.relancer"), e -> relancer(p));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation("atlas.fraicheur.relancer.aria", p.intitule()));
        return button;
    }

    private void relancer(PartenariatPerime p) {
        ErrorNotifier.attempt(() -> {
            Relance relance = relances.sendReminder(p.id());
            ErrorNotifier.showSuccess(getTranslation("atlas.fraicheur.relance-envoyee", relance.getRecipient()));
            grid.getDataProvider().refreshAll();
        });
    }

    private String date(Instant instant) {
        return instant == null
                ? ""
                : fr.coopdec.shared.ui.Dates.dateFormatter(getLocale()).format(instant.atZone(PARIS));
    }

    private boolean isEnglish() {
        return TranslationProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("atlas.fraicheur.title"));
    }
}
