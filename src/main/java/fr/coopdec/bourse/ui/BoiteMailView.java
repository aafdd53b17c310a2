package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.button.Button;
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
import fr.coopdec.shared.mail.MailService;
import fr.coopdec.shared.mail.MailSortant;
import fr.coopdec.shared.mail.StatutMail;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * DAECT's outbox: every mail the application wrote, its state (waiting, sent, failed after every retry),
 * attempts and last error; a click shows its text, and a failed one can be resent.
 */
@Route(value = BourseRoutes.COURRIELS, layout = MainLayout.class)
@Menu(order = 35, title = "bourse.menu.courriels", icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ADMIN)
public class BoiteMailView extends VerticalLayout implements HasDynamicTitle {

    final TextField recherche = new TextField();
    final Grid<MailSortant> grid = new Grid<>(MailSortant.class, false);
    final Pre corps = new Pre();
    final Button renvoyer = new Button();

    public BoiteMailView(BoiteMailQueries boite, MailService mails) {
        recherche.setLabel(getTranslation("bourse.courriels.recherche"));
        recherche.setValueChangeMode(ValueChangeMode.LAZY);
        recherche.setClearButtonVisible(true);
        DateTimeFormatter date =
                fr.coopdec.shared.ui.Dates.dateTimeFormatter(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        grid.addColumn(m -> date.format(m.getCreatedAt()))
                .setHeader(getTranslation("bourse.courriels.date"))
                .setAutoWidth(true);
        grid.addColumn(MailSortant::getDestinataire)
                .setHeader(getTranslation("bourse.courriels.destinataire"))
                .setKey("to");
        grid.addColumn(MailSortant::getSujet)
                .setHeader(getTranslation("bourse.courriels.sujet"))
                .setKey("sujet")
                .setFlexGrow(3);
        grid.addColumn(m -> getTranslation("mail.statut." + m.getStatut()))
                .setHeader(getTranslation("bourse.courriels.etat"))
                .setKey("etat")
                .setAutoWidth(true);
        grid.addColumn(MailSortant::getTentatives)
                .setHeader(getTranslation("bourse.courriels.essais"))
                .setAutoWidth(true);
        grid.addColumn(MailSortant::getErreur)
                .setHeader(getTranslation("bourse.courriels.erreur"))
                .setKey("erreur")
                .setFlexGrow(2);
        grid.setItems(new CallbackDataProvider<MailSortant, Void>(
                q -> boite.find(recherche.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) boite.count(recherche.getValue()),
                MailSortant::getId));
        grid.asSingleSelect().addValueChangeListener(e -> {
            corps.setText(
                    e.getValue() == null
                            ? ""
                            : e.getValue().getSujet() + "\n\n" + e.getValue().getCorps());
            renvoyer.setEnabled(e.getValue() != null && e.getValue().getStatut() == StatutMail.ECHEC);
        });
        renvoyer.setText(getTranslation("bourse.courriels.renvoyer"));
        renvoyer.setEnabled(false);
        renvoyer.addClickListener(e -> renvoyer(mails));
        recherche.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        corps.getStyle().set("white-space", "pre-wrap");
        grid.setHeight("420px");
        add(
                new H1(getTranslation("bourse.courriels.title")),
                new Paragraph(getTranslation("bourse.courriels.intro")),
                recherche,
                grid,
                renvoyer,
                corps);
        setSizeFull();
    }

    /** A failed mail goes back to the queue; the dispatcher sends it after this click's transaction. */
    private void renvoyer(MailService mails) {
        MailSortant mail = grid.asSingleSelect().getValue();
        if (mail != null && mails.resend(mail.getId())) {
            ErrorNotifier.showSuccess(getTranslation("bourse.courriels.renvoye"));
        } else {
            ErrorNotifier.show(getTranslation("bourse.courriels.pas-en-echec"));
        }
        grid.getDataProvider().refreshAll();
        renvoyer.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("bourse.courriels.title"));
    }
}
