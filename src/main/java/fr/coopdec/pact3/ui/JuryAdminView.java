package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.coopdec.pact3.Appel;
import fr.coopdec.pact3.AppelPact3Service;
import fr.coopdec.pact3.Classement;
import fr.coopdec.pact3.Jure;
import fr.coopdec.pact3.JuryService;
import fr.coopdec.pact3.PieceJointeService;
import fr.coopdec.pact3.StatutCandidature;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The jury of one call, for DAECT: applications ranked by weighted average; for the selected one,
 * assign jurors and decide (label or not, with the reason e-mailed to the authority).
 */
@Route(value = Pact3Routes.JURY_ADMIN, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class JuryAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Grid<Classement> grid = new Grid<>(Classement.class, false);
    final VerticalLayout detail = new VerticalLayout();
    final UnorderedList jures = new UnorderedList();
    final Paragraph resume = new Paragraph();
    final PiecesJointesList pieces;
    final EmailField jureEmail = new EmailField();
    final Button assigner = new Button();
    final TextArea motif = new TextArea();
    final Button labelliser = new Button();
    final Button refuser = new Button();
    private final transient AppelPact3Service appels;
    private final transient JuryService jury;
    private final transient PieceJointeService pieceService;
    private final java.util.Map<String, Thematique> themes;
    private long appelId;
    private Classement selected;

    public JuryAdminView(
            AppelPact3Service appels,
            JuryService jury,
            PieceJointeService pieceService,
            ReferentialQueries referential) {
        this.appels = appels;
        this.themes = referential.allThematiques().stream()
                .collect(java.util.stream.Collectors.toMap(Thematique::getCode, t -> t));
        this.pieces = new PiecesJointesList(pieceService);
        this.pieceService = pieceService;
        this.jury = jury;
        grid.addColumn(c -> c.rang() == 0 ? "" : String.valueOf(c.rang()))
                .setHeader(getTranslation("pact3.jury.rang"))
                .setKey("rang")
                .setAutoWidth(true);
        grid.addColumn(c -> c.candidature().getCollectiviteNom())
                .setHeader(getTranslation("pact3.candidature.collectivite"))
                .setKey("collectivite")
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation("pact3.statut." + c.candidature().getStatut()))
                .setHeader(getTranslation("pact3.candidature.statut"))
                .setKey("statut");
        grid.addColumn(c -> Pact3Format.moyenne(c.moyenne(), getLocale()))
                .setHeader(getTranslation("pact3.jury.moyenne"))
                .setKey("moyenne");
        grid.addColumn(c -> getTranslation("pact3.jury.notes-sur", c.notes(), c.jures()))
                .setHeader(getTranslation("pact3.jury.notes"))
                .setKey("notes");
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        grid.setAllRowsVisible(true);

        jureEmail.setLabel(getTranslation("pact3.jury.email"));
        assigner.setText(getTranslation("pact3.jury.assigner"));
        assigner.addClickListener(e -> act(() -> {
            jury.assigner(selected.candidature().getId(), jureEmail.getValue());
            ErrorNotifier.showSuccess(getTranslation("pact3.jury.assigne", jureEmail.getValue()));
            jureEmail.clear();
        }));
        motif.setLabel(getTranslation("pact3.decision.motif"));
        motif.setWidthFull();
        labelliser.setText(getTranslation("pact3.decision.labelliser"));
        labelliser.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        labelliser.addClickListener(e -> decide(true));
        refuser.setText(getTranslation("pact3.decision.refuser"));
        refuser.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuser.addClickListener(e -> decide(false));
        detail.add(
                resume,
                pieces,
                new H2(getTranslation("pact3.jury.jures")),
                jures,
                new HorizontalLayout(jureEmail, assigner),
                new H2(getTranslation("pact3.decision.title")),
                motif,
                new HorizontalLayout(labelliser, refuser));
        detail.setPadding(false);
        detail.setVisible(false);
        add(title, new Paragraph(getTranslation("pact3.jury-admin.intro")), grid, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        appelId = event.getRouteParameters().getLong("id").orElse(-1L);
        Appel appel = appels.findById(appelId).orElse(null);
        if (appel == null) {
            event.rerouteTo(AppelsView.class);
            return;
        }
        title.setText(getTranslation("pact3.jury-admin.title", appel.getIntitule()));
        refresh();
    }

    private void refresh() {
        Long keep = selected == null ? null : selected.candidature().getId();
        grid.setItems(jury.classement(appelId));
        selected = null;
        detail.setVisible(false);
        if (keep != null) {
            grid.getListDataView()
                    .getItems()
                    .filter(c -> c.candidature().getId().equals(keep))
                    .findFirst()
                    .ifPresent(grid::select);
        }
    }

    private void select(Classement c) {
        selected = c;
        detail.setVisible(c != null);
        jures.removeAll();
        if (c == null) {
            return;
        }
        resume.setText(getTranslation(
                "pact3.jury-admin.resume",
                c.candidature().getThemes().stream()
                        .map(themes::get)
                        .filter(java.util.Objects::nonNull)
                        .map(t -> t.getLibelle(getLocale()))
                        .sorted()
                        .collect(java.util.stream.Collectors.joining(", ")),
                nullToEmpty(c.candidature().getSavoirFaire()),
                nullToEmpty(c.candidature().getEquipe())));
        pieces.show(pieceService.deCandidature(c.candidature().getId()));
        for (Jure j : jury.juresDe(c.candidature().getId())) {
            String etat = j.getNoteLe() != null
                    ? getTranslation(
                            "pact3.jury.etat.note",
                            Pact3Format.moyenne(j.moyennePonderee().orElse(0), getLocale()))
                    : j.getSansConflitLe() != null
                            ? getTranslation("pact3.jury.etat.declare")
                            : getTranslation("pact3.jury.etat.attente");
            jures.add(new ListItem(j.getEmail() + " — " + etat));
        }
        boolean ouverte = c.candidature().getStatut() == StatutCandidature.SOUMISE;
        assigner.setEnabled(ouverte);
        labelliser.setEnabled(ouverte);
        refuser.setEnabled(ouverte);
    }

    private void decide(boolean label) {
        act(() -> {
            jury.decider(selected.candidature().getId(), label, motif.getValue());
            ErrorNotifier.showSuccess(getTranslation(
                    label ? "pact3.decision.labellisee" : "pact3.decision.non-labellisee",
                    selected.candidature().getCollectiviteNom()));
            motif.clear();
        });
    }

    private void act(Runnable action) {
        if (selected == null) {
            return;
        }
        ErrorNotifier.attempt(() -> {
            action.run();
            refresh();
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title.getText());
    }
}
