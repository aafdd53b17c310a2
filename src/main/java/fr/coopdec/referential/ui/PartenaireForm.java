package fr.coopdec.referential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireFilter;
import fr.coopdec.referential.CollectivitePartenaireService;
import fr.coopdec.referential.NiveauCollectivitePartenaire;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.ui.ErrorNotifier;
import org.springframework.data.domain.Sort;

/** Adds or edits a foreign authority; a POSTE sees only its own country in the country list. */
class PartenaireForm extends Dialog {

    final TextField nom = new TextField();
    final ComboBox<Pays> pays = new ComboBox<>();
    final ComboBox<NiveauCollectivitePartenaire> niveau = new ComboBox<>();
    final TextField codeOfficiel = new TextField();
    final ComboBox<CollectivitePartenaire> parent = new ComboBox<>();
    final IntegerField population = new IntegerField();
    final Button save = new Button();
    private final BeanValidationBinder<CollectivitePartenaire> binder =
            new BeanValidationBinder<>(CollectivitePartenaire.class);

    PartenaireForm(
            CollectivitePartenaire partenaire,
            ReferentialQueries queries,
            CollectivitePartenaireService service,
            Runnable onSaved) {
        setHeaderTitle(
                partenaire.isNew()
                        ? getTranslation("referential.partenaires.add")
                        : getTranslation("referential.partenaires.edit", partenaire.getNom()));
        nom.setLabel(getTranslation("referential.partenaires.nom"));
        pays.setLabel(getTranslation("referential.partenaires.pays"));
        pays.setItems(queries.allPays().stream().filter(service::canEdit).toList());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        niveau.setLabel(getTranslation("referential.partenaires.niveau"));
        niveau.setItems(NiveauCollectivitePartenaire.values());
        niveau.setItemLabelGenerator(n -> getTranslation("referential.partenaire.niveau." + n.name()));
        codeOfficiel.setLabel(getTranslation("referential.partenaires.code"));
        parent.setLabel(getTranslation("referential.partenaires.parent"));
        parent.setItemLabelGenerator(CollectivitePartenaire::getNom);
        parent.setClearButtonVisible(true);
        parent.setItems(query -> queries
                .findCollectivitesPartenaires(
                        new CollectivitePartenaireFilter(
                                query.getFilter().orElse(null),
                                pays.getValue() == null ? -1L : pays.getValue().getId(),
                                null),
                        LazyGrids.page(query, Sort.by("nom")))
                .stream()
                .filter(candidate -> !candidate.equals(partenaire)));
        pays.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != null) {
                parent.clear();
            }
        });
        population.setLabel(getTranslation("referential.partenaires.population"));
        population.setMin(0);

        binder.forField(nom)
                .asRequired(getTranslation("referential.partenaires.nom.required"))
                .bind("nom");
        binder.forField(pays)
                .asRequired(getTranslation("referential.partenaires.pays.required"))
                .bind("pays");
        binder.forField(niveau)
                .asRequired(getTranslation("referential.partenaires.niveau.required"))
                .bind("niveau");
        binder.forField(codeOfficiel)
                .withNullRepresentation("")
                .bind(
                        CollectivitePartenaire::getCodeOfficiel,
                        (p, code) -> p.setCodeOfficiel(code == null || code.isBlank() ? null : code.strip()));
        binder.bindInstanceFields(this);
        binder.readBean(partenaire);
        if (partenaire.isNew() && pays.getListDataView().getItemCount() == 1) {
            pays.setValue(pays.getListDataView().getItem(0));
        }

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!binder.writeBeanIfValid(partenaire)) {
                return;
            }
            ErrorNotifier.attempt(() -> {
                service.save(partenaire);
                ErrorNotifier.showSuccess(getTranslation("common.saved"));
                onSaved.run();
                close();
            });
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        add(new FormLayout(nom, pays, niveau, codeOfficiel, parent, population));
        getFooter().add(cancel, save);
    }
}
