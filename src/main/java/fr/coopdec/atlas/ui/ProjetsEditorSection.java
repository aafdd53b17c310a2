package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.Projet;
import fr.coopdec.referential.Thematique;
import java.text.NumberFormat;
import java.util.List;

/** The projects of the partnership being edited; changes are saved with the partnership. */
class ProjetsEditorSection extends VerticalLayout {

    static final String ACTIONS_COLUMN = "actions";

    final Grid<Projet> grid = new Grid<>(Projet.class, false);
    final Button add = new Button();
    private final Partenariat partenariat;
    private final List<Thematique> thematiques;

    ProjetsEditorSection(Partenariat partenariat, List<Thematique> thematiques) {
        this.partenariat = partenariat;
        this.thematiques = thematiques;
        setPadding(false);
        grid.addColumn(Projet::getTitre)
                .setHeader(getTranslation("atlas.edit.projet.titre"))
                .setFlexGrow(3);
        grid.addColumn(p ->
                        getTranslation("atlas.projet.statut." + p.getStatut().name()))
                .setHeader(getTranslation("atlas.edit.projet.statut"));
        grid.addColumn(p -> p.getBudgetTotal() == null
                        ? ""
                        : NumberFormat.getCurrencyInstance(java.util.Locale.FRANCE)
                                .format(p.getBudgetTotal()))
                .setHeader(getTranslation("atlas.edit.projet.budget"));
        grid.addComponentColumn(this::actions)
                .setKey(ACTIONS_COLUMN)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add.setText(getTranslation("atlas.edit.projet.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-projet");
        add.addClickListener(e -> open(new Projet(""), true));
        add(new H2(getTranslation("atlas.edit.projets")), grid, add);
        refresh();
    }

    private HorizontalLayout actions(Projet projet) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(projet, false));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("atlas.edit.projet.edit-named", projet.getTitre()));
        edit.setTooltipText(getTranslation("atlas.edit.projet.edit-named", projet.getTitre()));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            partenariat.getProjets().remove(projet);
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("atlas.edit.projet.remove", projet.getTitre()));
        remove.setTooltipText(getTranslation("atlas.edit.projet.remove", projet.getTitre()));
        return new HorizontalLayout(edit, remove);
    }

    private void open(Projet projet, boolean creating) {
        new ProjetForm(projet, creating, thematiques, saved -> {
                    if (creating) {
                        partenariat.addProjet(saved);
                    }
                    refresh();
                })
                .open();
    }

    private void refresh() {
        // Identity, not id: new projects have none yet.
        grid.setItems(List.copyOf(partenariat.getProjets()));
    }
}
