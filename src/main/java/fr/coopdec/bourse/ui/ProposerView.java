package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.coopdec.bourse.ControlePieces;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.PieceEnvoyee;
import fr.coopdec.bourse.SoumissionService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import fr.coopdec.shared.ui.UploadTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * The public form (anonymous or signed in). A hidden "website" field catches robots; the service
 * limits sheets per IP address, checks sizes and attachments, and e-mails the confirmation link.
 */
@Route(value = BourseRoutes.PROPOSER, layout = MainLayout.class)
@Menu(order = 31, title = "bourse.menu.proposer", icon = "vaadin:file-add")
@AnonymousAllowed
public class ProposerView extends VerticalLayout implements HasDynamicTitle {

    final FicheForm form;
    final Upload upload = new Upload();
    final TextField siteWeb = new TextField();
    final Button envoyer = new Button();
    final Div merci = new Div();
    final List<PieceEnvoyee> pieces = new ArrayList<>();
    /** Where the request comes from; tests give each submission its own address. */
    SerializableSupplier<String> adresseIp = () -> VaadinRequest.getCurrent() == null
            ? null
            : VaadinRequest.getCurrent().getRemoteAddr();

    private final transient SoumissionService service;

    public ProposerView(SoumissionService service, ReferentialQueries referential) {
        this.service = service;
        this.form = new FicheForm(referential);
        NativeLabel uploadLabel = new NativeLabel(getTranslation("bourse.form.pieces", ControlePieces.MAX_PIECES));
        uploadLabel.setId("bourse-pieces-label");
        upload.getElement().setAttribute("aria-labelledby", "bourse-pieces-label");
        upload.setMaxFiles(ControlePieces.MAX_PIECES);
        UploadTexts.apply(upload, (int) ControlePieces.MAX_OCTETS);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/*");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory(
                (metadata, bytes) -> ui.access(() -> pieces.add(new PieceEnvoyee(metadata.fileName(), bytes)))));
        upload.addFileRemovedListener(e -> pieces.removeIf(p -> p.nom().equals(e.getFileName())));
        // The honeypot: out of sight and out of the tab order; people leave it empty, robots fill it.
        siteWeb.setLabel(getTranslation("bourse.form.pot"));
        siteWeb.addClassName("bourse-pot");
        siteWeb.getStyle().set("position", "absolute").set("left", "-10000px");
        siteWeb.setTabIndex(-1);
        siteWeb.getElement().setAttribute("aria-hidden", "true");
        siteWeb.getElement().setAttribute("autocomplete", "off");
        envoyer.setText(getTranslation("bourse.form.envoyer"));
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        envoyer.addClickListener(e -> envoyer());
        merci.setVisible(false);
        merci.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation("bourse.proposer.title")),
                new Paragraph(getTranslation("bourse.proposer.intro")),
                form,
                new H2(getTranslation("bourse.form.section.pieces")),
                uploadLabel,
                upload,
                siteWeb,
                envoyer,
                merci);
        setMaxWidth("960px");
    }

    private void envoyer() {
        FicheBourse fiche;
        try {
            fiche = form.lire();
        } catch (ValidationException invalid) {
            ErrorNotifier.show(getTranslation("common.error.form-invalid"));
            return;
        }
        try {
            service.soumettre(fiche, List.copyOf(pieces), adresseIp.get(), siteWeb.getValue());
        } catch (RuntimeException error) {
            ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale()));
            return;
        }
        // A robot that filled the honeypot sees the same thanks: it learns nothing.
        form.setVisible(false);
        upload.setVisible(false);
        envoyer.setVisible(false);
        merci.setText(getTranslation("bourse.proposer.merci", form.contactEmail.getValue()));
        merci.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("bourse.proposer.title"));
    }
}
