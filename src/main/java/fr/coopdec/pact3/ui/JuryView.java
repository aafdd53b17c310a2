package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.pact3.Candidature;
import fr.coopdec.pact3.Critere;
import fr.coopdec.pact3.Jure;
import fr.coopdec.pact3.JuryService;
import fr.coopdec.pact3.Note;
import fr.coopdec.pact3.PieceJointeService;
import fr.coopdec.pact3.StatutCandidature;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A juror's page: only the applications assigned to them. For each, declare no conflict of interest,
 * then score every criterion 0 to 5 with a comment.
 */
@Route(value = Pact3Routes.JURY, layout = MainLayout.class)
@Menu(order = 62, title = "pact3.jury.menu", icon = "vaadin:gavel")
@PermitAll
public class JuryView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Jure> grid = new Grid<>(Jure.class, false);
    final VerticalLayout detail = new VerticalLayout();
    final H2 detailTitle = new H2();
    final Paragraph resume = new Paragraph();
    final Checkbox sansConflit = new Checkbox();
    final Button declarer = new Button();
    final FormLayout notesForm = new FormLayout();
    final List<IntegerField> notes = new ArrayList<>();
    final List<TextField> commentaires = new ArrayList<>();
    final Button noter = new Button();
    final PiecesJointesList pieces;
    private final transient JuryService service;
    private final Map<String, Thematique> themes;
    private final transient PieceJointeService pieceService;
    private Jure current;

    public JuryView(JuryService service, ReferentialQueries referential, PieceJointeService pieceService) {
        this.service = service;
        this.pieces = new PiecesJointesList(pieceService);
        this.pieceService = pieceService;
        this.themes = referential.allThematiques().stream()
                .collect(Collectors.toMap(Thematique::getCode, Function.identity()));
        grid.addColumn(j -> j.getCandidature().getAppel().getIntitule())
                .setHeader(getTranslation("pact3.candidature.appel"))
                .setFlexGrow(2);
        grid.addColumn(j -> j.getCandidature().getCollectiviteNom())
                .setHeader(getTranslation("pact3.candidature.collectivite"))
                .setKey("collectivite")
                .setFlexGrow(2);
        grid.addColumn(j -> getTranslation(
                        j.getNoteLe() != null
                                ? "pact3.jury.etat.notee"
                                : j.getSansConflitLe() != null ? "pact3.jury.etat.declare" : "pact3.jury.etat.attente"))
                .setHeader(getTranslation("pact3.jury.etat"))
                .setKey("etat");
        grid.setItems(q -> service.mesEvaluations(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(service.evaluation(e.getValue().getId()));
            }
        });
        grid.setHeight("14em");

        sansConflit.setLabel(getTranslation("pact3.jury.sans-conflit"));
        declarer.setText(getTranslation("pact3.jury.declarer"));
        declarer.addClickListener(e -> declarer());
        noter.setText(getTranslation("pact3.jury.noter"));
        noter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        noter.addClickListener(e -> noter());
        detail.add(detailTitle, resume, pieces, sansConflit, declarer, notesForm, noter);
        detail.setPadding(false);
        detail.setVisible(false);
        add(
                new H1(getTranslation("pact3.jury.title")),
                new Paragraph(getTranslation("pact3.jury.intro")),
                grid,
                detail);
        // every signed-in account may be a juror: one who is none is told so instead of seeing an empty list
        if (service.mesEvaluations(org.springframework.data.domain.PageRequest.of(0, 1))
                .isEmpty()) {
            Paragraph aucune = new Paragraph(getTranslation("pact3.jury.aucune"));
            aucune.setId("jury-aucune");
            grid.setVisible(false);
            addComponentAtIndex(2, aucune);
        }
    }

    private void show(Jure jure) {
        current = jure;
        Candidature c = jure.getCandidature();
        detailTitle.setText(c.getCollectiviteNom());
        resume.setText(getTranslation(
                "pact3.jury.resume",
                c.getThemes().stream()
                        .map(themes::get)
                        .filter(Objects::nonNull)
                        .map(t -> t.getLibelle(getLocale()))
                        .sorted()
                        .collect(Collectors.joining(", ")),
                c.getSavoirFaire() == null ? "" : c.getSavoirFaire(),
                c.getEquipe() == null ? "" : c.getEquipe()));
        pieces.show(pieceService.deCandidature(c.getId()));
        boolean declared = jure.getSansConflitLe() != null;
        sansConflit.setValue(declared);
        sansConflit.setReadOnly(declared);
        declarer.setVisible(!declared);
        notesForm.removeAll();
        notes.clear();
        commentaires.clear();
        List<Critere> criteres = c.getAppel().getCriteres();
        for (int i = 0; i < criteres.size(); i++) {
            IntegerField note = new IntegerField();
            note.setLabel(getTranslation(
                    "pact3.jury.note-critere",
                    criteres.get(i).getLibelle(),
                    criteres.get(i).getPoids()));
            note.setMin(0);
            note.setMax(5);
            note.setStepButtonsVisible(true);
            TextField commentaire = new TextField();
            commentaire.setLabel(
                    getTranslation("pact3.jury.commentaire", criteres.get(i).getLibelle()));
            int position = i;
            jure.getNotes().stream()
                    .filter(n -> n.getCriterePosition() == position)
                    .findFirst()
                    .ifPresent(n -> {
                        note.setValue(n.getValeur());
                        commentaire.setValue(n.getCommentaire() == null ? "" : n.getCommentaire());
                    });
            notes.add(note);
            commentaires.add(commentaire);
            notesForm.add(note, commentaire);
        }
        boolean open = declared && c.getStatut() == StatutCandidature.SOUMISE;
        notesForm.setVisible(declared);
        noter.setVisible(open);
        detail.setVisible(true);
    }

    private void declarer() {
        if (!sansConflit.getValue()) {
            ErrorNotifier.show(getTranslation("pact3.jury.cocher-declaration"));
            return;
        }
        act(() -> service.declarerSansConflit(current.getId()), "pact3.jury.declaration-enregistree");
    }

    private void noter() {
        List<Note> saisies = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).getValue() == null || notes.get(i).isInvalid()) {
                ErrorNotifier.show(getTranslation("pact3.jury.notes-incompletes"));
                return;
            }
            saisies.add(new Note(i, notes.get(i).getValue(), commentaires.get(i).getValue()));
        }
        act(() -> service.noter(current.getId(), saisies), "pact3.jury.notes-enregistrees");
    }

    private void act(java.util.function.Supplier<Jure> action, String successKey) {
        ErrorNotifier.attempt(() -> {
            Jure saved = action.get();
            ErrorNotifier.showSuccess(getTranslation(successKey));
            grid.getDataProvider().refreshAll();
            show(saved);
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("pact3.jury.title"));
    }
}
