package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.coopdec.pact3.MissionExploratoire;
import fr.coopdec.pact3.MissionExploratoireService;
import fr.coopdec.pact3.PieceJointeService;
import fr.coopdec.pact3.StatutMissionExploratoire;
import fr.coopdec.shared.ui.ErrorNotifier;
import java.util.function.Supplier;

/** The next steps of the selected mission: DAECT approves, refuses, closes and pays; the laureate reports. */
class MissionActions extends VerticalLayout {

    final H2 title = new H2();
    final Paragraph etat = new Paragraph();
    final Button approuver = new Button();
    final TextField motif = new TextField();
    final Button refuser = new Button();
    final Button realisee = new Button();
    final Upload rapport = new Upload();
    final Button cloturer = new Button();
    final DatePicker datePaiement = new DatePicker();
    final BigDecimalField montant = new BigDecimalField();
    final Button payer = new Button();
    final PiecesJointesList rapports;
    final Paragraph paiements = new Paragraph();
    private final transient MissionExploratoireService service;
    private final boolean admin;
    private final transient PieceJointeService pieceService;
    private final Runnable onChange;
    private MissionExploratoire mission;

    MissionActions(
            MissionExploratoireService service, PieceJointeService pieceService, boolean admin, Runnable onChange) {
        this.service = service;
        this.pieceService = pieceService;
        this.rapports = new PiecesJointesList(pieceService);
        this.admin = admin;
        this.onChange = onChange;
        approuver.setText(getTranslation("pact3.mission.approuver"));
        approuver.addClickListener(e -> act(() -> service.approuver(mission.getId())));
        motif.setLabel(getTranslation("pact3.mission.motif-refus"));
        refuser.setText(getTranslation("pact3.mission.refuser"));
        refuser.addClickListener(e -> act(() -> service.refuser(mission.getId(), motif.getValue())));
        realisee.setText(getTranslation("pact3.mission.realisee"));
        realisee.addClickListener(e -> act(() -> service.realisee(mission.getId())));
        cloturer.setText(getTranslation("pact3.mission.cloturer"));
        cloturer.addClickListener(e -> act(() -> service.cloturer(mission.getId())));
        datePaiement.setLabel(getTranslation("pact3.paiement.date"));
        montant.setLabel(getTranslation("pact3.paiement.montant"));
        payer.setText(getTranslation("pact3.paiement.enregistrer"));
        payer.addClickListener(e ->
                act(() -> service.enregistrerPaiement(mission.getId(), datePaiement.getValue(), montant.getValue())));
        UI ui = UI.getCurrent();
        rapport.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                MissionExploratoire saved = service.deposerRapport(
                        mission.getId(),
                        metadata.fileName(),
                        metadata.contentType() == null ? "application/octet-stream" : metadata.contentType(),
                        bytes);
                ui.access(() -> done(saved));
            } catch (RuntimeException error) {
                ui.access(() -> ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale())));
            }
        }));
        add(
                title,
                etat,
                paiements,
                rapports,
                new HorizontalLayout(approuver, motif, refuser),
                realisee,
                Pact3Format.configure(rapport, getTranslation("pact3.mission.rapport"), "pact3-rapport-label"),
                rapport,
                cloturer,
                new HorizontalLayout(datePaiement, montant, payer));
        setPadding(false);
        setVisible(false);
    }

    void show(MissionExploratoire m) {
        mission = m;
        setVisible(m != null);
        if (m == null) {
            return;
        }
        StatutMissionExploratoire s = m.getStatut();
        title.setText(getTranslation("pact3.mission.fiche", m.getObjet()));
        etat.setText(getTranslation(
                "pact3.mission.etat",
                getTranslation("pact3.mission.statut." + s),
                Pact3Format.euros(m.budget(), getLocale()),
                Pact3Format.euros(m.totalPaye(), getLocale())));
        if (s == StatutMissionExploratoire.REFUSEE) {
            etat.setText(etat.getText() + " " + getTranslation("pact3.mission.motif-affiche", m.getMotifRefus()));
        }
        paiements.setText(
                m.getPaiements().isEmpty()
                        ? ""
                        : getTranslation(
                                "pact3.paiement.liste",
                                m.getPaiements().stream()
                                        .map(p -> Pact3Format.date(p.getDate(), getLocale()) + " : "
                                                + Pact3Format.euros(p.getMontant(), getLocale()))
                                        .collect(java.util.stream.Collectors.joining(" ; "))));
        rapports.show(pieceService.deMission(m.getId()));
        approuver.setVisible(admin && s == StatutMissionExploratoire.PROPOSEE);
        motif.setVisible(admin && s == StatutMissionExploratoire.PROPOSEE);
        refuser.setVisible(admin && s == StatutMissionExploratoire.PROPOSEE);
        realisee.setVisible(s == StatutMissionExploratoire.APPROUVEE);
        rapport.setVisible(s == StatutMissionExploratoire.REALISEE);
        cloturer.setVisible(admin && s == StatutMissionExploratoire.RAPPORT_DEPOSE);
        boolean payable = admin && s != StatutMissionExploratoire.PROPOSEE && s != StatutMissionExploratoire.REFUSEE;
        datePaiement.setVisible(payable);
        montant.setVisible(payable);
        payer.setVisible(payable);
    }

    private void act(Supplier<MissionExploratoire> action) {
        ErrorNotifier.attempt(() -> {
            done(action.get());
        });
    }

    private void done(MissionExploratoire saved) {
        ErrorNotifier.showSuccess(getTranslation("pact3.mission.enregistree"));
        onChange.run();
        show(saved);
    }
}
