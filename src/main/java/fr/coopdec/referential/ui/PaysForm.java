package fr.coopdec.referential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import fr.coopdec.referential.CategorieCad;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.PaysService;
import fr.coopdec.referential.ZoneMonde;
import fr.coopdec.shared.ui.ErrorNotifier;

/**
 * The DAECT's edit of a country. On a concurrent edit the dialog stays open with the input kept and
 * the error handler's message says to reload.
 */
class PaysForm extends Dialog {

    final TextField nomFr = new TextField();
    final TextField nomEn = new TextField();
    final ComboBox<ZoneMonde> zone = new ComboBox<>();
    final ComboBox<CategorieCad> categorieCad = new ComboBox<>();
    final TextField categorieCadSource = new TextField();
    final IntegerField categorieCadAnnee = new IntegerField();
    final Button save = new Button();
    private final BeanValidationBinder<Pays> binder = new BeanValidationBinder<>(Pays.class);

    PaysForm(Pays pays, PaysService service, Runnable onSaved) {
        setHeaderTitle(getTranslation("referential.pays.edit", pays.getNom(getLocale())));
        nomFr.setLabel(getTranslation("referential.pays.nom-fr"));
        nomEn.setLabel(getTranslation("referential.pays.nom-en"));
        zone.setLabel(getTranslation("referential.pays.zone"));
        zone.setItems(ZoneMonde.values());
        zone.setItemLabelGenerator(z -> getTranslation("referential.zone." + z.name()));
        categorieCad.setLabel(getTranslation("referential.pays.categorie"));
        categorieCad.setItems(CategorieCad.values());
        categorieCad.setItemLabelGenerator(c -> getTranslation("referential.cad." + c.name()));
        categorieCadSource.setLabel(getTranslation("referential.pays.source"));
        categorieCadAnnee.setLabel(getTranslation("referential.pays.annee"));
        categorieCadAnnee.setMin(1960);
        categorieCadAnnee.setMax(2100);
        binder.bindInstanceFields(this);
        binder.readBean(pays);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!binder.writeBeanIfValid(pays)) {
                return;
            }
            ErrorNotifier.attempt(() -> {
                service.save(pays);
                ErrorNotifier.showSuccess(getTranslation("common.saved"));
                onSaved.run();
                close();
            });
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        add(new FormLayout(nomFr, nomEn, zone, categorieCad, categorieCadSource, categorieCadAnnee));
        getFooter().add(cancel, save);
    }
}
