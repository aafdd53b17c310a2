package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.coopdec.bourse.BoiteMailQueries;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.mail.MailSortant;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The outbox for the demo: every mail the application wrote, sent or not; a click shows its text. */
@Route(value = BourseRoutes.COURRIELS, layout = MainLayout.class)
@Menu(order = 35, title = "bourse.menu.courriels", icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ADMIN)
public class BoiteMailView extends VerticalLayout implements HasDynamicTitle {

    final TextField recherche = new TextField();
    final Grid<MailSortant> grid = new Grid<>(MailSortant.class, false);
    final Pre corps = new Pre();

    public BoiteMailView(BoiteMailQueries boite) {
        recherche.setLabel(getTranslation("bourse.courriels.recherche"));
        recherche.setValueChangeMode(ValueChangeMode.LAZY);
        recherche.setClearButtonVisible(true);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        grid.addColumn(m -> date.format(m.getCreatedAt())).setHeader(getTranslation("bourse.courriels.date")).setAutoWidth(true);
        grid.addColumn(MailSortant::getDestinataire).setHeader(getTranslation("bourse.courriels.destinataire")).setKey("to");
        grid.addColumn(MailSortant::getSujet).setHeader(getTranslation("bourse.courriels.sujet")).setKey("sujet").setFlexGrow(3);
        grid.addColumn(m -> getTranslation(m.isSent() ? "bourse.courriels.envoye" : "bourse.courriels.non-envoye"))
                .setHeader(getTranslation("bourse.courriels.etat")).setAutoWidth(true);
        grid.setItems(new CallbackDataProvider<MailSortant, Void>(
                q -> boite.find(recherche.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) boite.count(recherche.getValue()), MailSortant::getId));
        grid.asSingleSelect().addValueChangeListener(e -> corps.setText(e.getValue() == null ? ""
                : e.getValue().getSujet() + "\n\n" + e.getValue().getCorps()));
        recherche.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        corps.getStyle().set("white-space", "pre-wrap");
        grid.setHeight("420px");
        add(new H1(getTranslation("bourse.courriels.title")), new Paragraph(getTranslation("bourse.courriels.intro")),
                recherche, grid, corps);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("bourse.courriels.title"));
    }
}
