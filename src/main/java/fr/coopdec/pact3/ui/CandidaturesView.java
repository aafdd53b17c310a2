package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.pact3.Appel;
import fr.coopdec.pact3.AppelPact3Service;
import fr.coopdec.pact3.Candidature;
import fr.coopdec.pact3.CandidatureService;
import fr.coopdec.pact3.PieceJointeService;
import fr.coopdec.pact3.StatutCandidature;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * A local authority's PACT3 applications: open calls to apply to, its applications, and the selected
 * one's form (draft saved as often as needed, then submitted once, before the closing date).
 */
@Route(value = Pact3Routes.CANDIDATURES, layout = MainLayout.class)
@Menu(order = 61, title = "pact3.candidatures.menu", icon = "vaadin:file-text-o")
@RolesAllowed(Roles.COLLECTIVITE)
public class CandidaturesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Appel> ouverts = new Grid<>(Appel.class, false);
    final Grid<Candidature> grid = new Grid<>(Candidature.class, false);
    final CandidatureForm form;
    final VerticalLayout detail = new VerticalLayout();
    final H2 detailTitle = new H2();
    final Button enregistrer = new Button();
    final Button soumettre = new Button();
    final Upload upload = new Upload();
    private final com.vaadin.flow.component.html.NativeLabel uploadLabel;
    final PiecesJointesList pieces;
    private final transient CandidatureService service;
    private Candidature current;

    public CandidaturesView(
            AppelPact3Service appels,
            CandidatureService service,
            ReferentialQueries referential,
            PieceJointeService pieceService) {
        this.service = service;
        this.pieces = new PiecesJointesList(pieceService);
        form = new CandidatureForm(
                referential.allThematiques(),
                service.referencesPossibles(),
                referential.allPays().stream()
                        .filter(p -> p.getCategorieCad() != null
                                && p.getCategorieCad().isOdaRecipient())
                        .toList());
        ouverts.addColumn(Appel::getIntitule)
                .setHeader(getTranslation("pact3.appel.intitule"))
                .setFlexGrow(3);
        ouverts.addColumn(a -> Pact3Format.date(a.getDateCloture(), getLocale()))
                .setHeader(getTranslation("pact3.appel.cloture"));
        ouverts.addComponentColumn(a -> {
                    Button candidater = new Button(getTranslation("pact3.candidature.candidater"), e -> candidater(a));
                    candidater.setAriaLabel(getTranslation("pact3.candidature.candidater.aria", a.getIntitule()));
                    return candidater;
                })
                .setKey("candidater")
                .setAutoWidth(true)
                .setFlexGrow(0);
        ouverts.setItems(appels.ouverts());
        ouverts.setAllRowsVisible(true);

        grid.addColumn(c -> c.getAppel().getIntitule())
                .setHeader(getTranslation("pact3.candidature.appel"))
                .setKey("appel")
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation("pact3.statut." + c.getStatut()))
                .setHeader(getTranslation("pact3.candidature.statut"))
                .setKey("statut");
        grid.addColumn(c -> Pact3Format.date(c.getLabelValideJusquAu(), getLocale()))
                .setHeader(getTranslation("pact3.candidature.label-jusqu-au"))
                .setKey("label");
        grid.setItems(q -> service.mesCandidatures(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(service.findById(e.getValue().getId()));
            }
        });
        grid.setHeight("14em");

        enregistrer.setText(getTranslation("pact3.candidature.enregistrer"));
        enregistrer.addClickListener(e -> save(false));
        soumettre.setText(getTranslation("pact3.candidature.soumettre"));
        soumettre.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        soumettre.addClickListener(e -> save(true));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                service.joindre(
                        current.getId(),
                        metadata.fileName(),
                        metadata.contentType() == null ? "application/octet-stream" : metadata.contentType(),
                        bytes);
                ui.access(this::showPieces);
            } catch (RuntimeException error) {
                ui.access(() -> ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale())));
            }
        }));
        uploadLabel = Pact3Format.configure(upload, getTranslation("pact3.candidature.pieces"), "pact3-pieces-label");
        detail.add(detailTitle, form, uploadLabel, upload, pieces, new HorizontalLayout(enregistrer, soumettre));
        detail.setPadding(false);
        detail.setVisible(false);
        add(
                new H1(getTranslation("pact3.candidatures.title")),
                new H2(getTranslation("pact3.candidatures.ouverts")),
                ouverts.getListDataView().getItemCount() == 0
                        ? new Paragraph(getTranslation("pact3.candidatures.aucun-ouvert"))
                        : ouverts,
                new H2(getTranslation("pact3.candidatures.miennes")),
                grid,
                detail);
    }

    private void candidater(Appel appel) {
        ErrorNotifier.attempt(() -> {
            edit(service.brouillon(appel.getId()));
            grid.getDataProvider().refreshAll();
        });
    }

    private void edit(Candidature candidature) {
        current = candidature;
        form.binder.readBean(candidature);
        boolean brouillon = candidature.getStatut() == StatutCandidature.BROUILLON;
        form.binder.setReadOnly(!brouillon);
        enregistrer.setVisible(brouillon);
        soumettre.setVisible(brouillon);
        upload.setVisible(brouillon);
        uploadLabel.setVisible(brouillon);
        detailTitle.setText(getTranslation(
                "pact3.candidature.fiche",
                candidature.getAppel().getIntitule(),
                getTranslation("pact3.statut." + candidature.getStatut())));
        detail.setVisible(true);
        showPieces();
    }

    private void showPieces() {
        pieces.show(service.piecesJointes(current.getId()));
    }

    private void save(boolean submit) {
        try {
            form.binder.writeBean(current);
            current = submit ? service.soumettre(current) : service.enregistrer(current);
            ErrorNotifier.showSuccess(
                    getTranslation(submit ? "pact3.candidature.soumise" : "pact3.candidature.enregistree"));
            grid.getDataProvider().refreshAll();
            edit(current);
        } catch (ValidationException invalid) {
            ErrorNotifier.show(getTranslation("common.error.form-invalid"));
        } catch (RuntimeException error) {
            ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("pact3.candidatures.title"));
    }
}
