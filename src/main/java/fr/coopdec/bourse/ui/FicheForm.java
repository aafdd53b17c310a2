package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import fr.coopdec.bourse.ActeurEtranger;
import fr.coopdec.bourse.Duree;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.Origine;
import fr.coopdec.bourse.Sens;
import fr.coopdec.bourse.Situation;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.NiveauCollectivitePartenaire;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.referential.ZoneMonde;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The fields of a presentation sheet. French authorities come from the referential (searched lazily),
 * foreign ones are described. Size limits are set on the fields (the browser stops typing there) and
 * checked again by Bean Validation; nothing typed is cleared when the form is refused.
 */
class FicheForm extends FormLayout {

    final RadioButtonGroup<Origine> origine = new RadioButtonGroup<>();
    final RadioButtonGroup<Sens> sens = new RadioButtonGroup<>();
    final ComboBox<CollectiviteFrancaise> francaise = new ComboBox<>();
    final TextField nom = new TextField();
    final ComboBox<Pays> pays = new ComboBox<>();
    final ComboBox<NiveauCollectivitePartenaire> niveau = new ComboBox<>();
    final IntegerField population = new IntegerField();
    final TextField contactNom = new TextField();
    final TextField contactFonction = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactTelephone = new TextField();
    final CheckboxGroup<Situation> situations = new CheckboxGroup<>();
    final TextArea faitsMarquants = new TextArea();
    final CheckboxGroup<ActeurEtranger> acteurs = new CheckboxGroup<>();
    final TextArea acteursPrecisions = new TextArea();
    final MultiSelectComboBox<Thematique> expertises = new MultiSelectComboBox<>();
    final TextArea objectifs = new TextArea();
    final MultiSelectComboBox<Thematique> recherchees = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Pays> paysCibles = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ZoneMonde> zones = new MultiSelectComboBox<>();
    final TextField langues = new TextField();
    final ComboBox<Duree> duree = new ComboBox<>();
    final Checkbox consentement = new Checkbox();
    final BeanValidationBinder<FicheBourse> binder = new BeanValidationBinder<>(FicheBourse.class);

    FicheForm(ReferentialQueries referential) {
        origine.setLabel(t("origine"));
        origine.setItems(Origine.values());
        origine.setItemLabelGenerator(o -> getTranslation("bourse.enum.Origine." + o.name()));
        sens.setLabel(t("sens"));
        sens.setItems(Sens.values());
        sens.setItemLabelGenerator(s -> getTranslation("bourse.enum.Sens." + s.name()));
        francaise.setLabel(t("francaise"));
        francaise.setHelperText(t("francaise.help"));
        francaise.setItemLabelGenerator(CollectiviteFrancaise::getLibelle);
        francaise.setItems(new CallbackDataProvider<CollectiviteFrancaise, String>(
                q -> referential
                        .findCollectivitesFrancaises(
                                CollectiviteFrancaiseFilter.text(q.getFilter().orElse(null)),
                                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("nom")))
                        .stream(),
                q -> (int) referential
                        .findCollectivitesFrancaises(
                                CollectiviteFrancaiseFilter.text(q.getFilter().orElse(null)), PageRequest.of(0, 1))
                        .getTotalElements(),
                CollectiviteFrancaise::getId));
        text(nom, "nom", 200);
        List<Pays> allPays = referential.allPays().stream()
                .sorted(Comparator.comparing((Pays p) -> p.getNom(getLocale())))
                .toList();
        pays.setLabel(t("pays"));
        pays.setItems(allPays);
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        niveau.setLabel(t("niveau"));
        niveau.setItems(NiveauCollectivitePartenaire.values());
        niveau.setItemLabelGenerator(n -> getTranslation("referential.partenaire.niveau." + n.name()));
        population.setLabel(t("population"));
        population.setMin(0);
        text(contactNom, "contact-nom", 150);
        text(contactFonction, "contact-fonction", 150);
        contactEmail.setLabel(t("contact-email"));
        contactEmail.setMaxLength(254);
        contactEmail.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(t("email.invalid")));
        text(contactTelephone, "contact-telephone", 40);
        situations.setLabel(t("situations"));
        situations.setItems(Situation.values());
        situations.setItemLabelGenerator(s -> getTranslation("bourse.enum.Situation." + s.name()));
        area(faitsMarquants, "faits-marquants", 2000);
        acteurs.setLabel(t("acteurs"));
        acteurs.setItems(ActeurEtranger.values());
        acteurs.setItemLabelGenerator(a -> getTranslation("bourse.enum.ActeurEtranger." + a.name()));
        area(acteursPrecisions, "acteurs-precisions", 2000);
        List<Thematique> themes = referential.allThematiques();
        for (MultiSelectComboBox<Thematique> box : List.of(expertises, recherchees)) {
            box.setItems(themes);
            box.setItemLabelGenerator(th -> th.getLibelle(getLocale()));
        }
        expertises.setLabel(t("expertises"));
        area(objectifs, "objectifs", 4000);
        recherchees.setLabel(t("recherchees"));
        paysCibles.setLabel(t("pays-cibles"));
        paysCibles.setItems(allPays);
        paysCibles.setItemLabelGenerator(p -> p.getNom(getLocale()));
        zones.setLabel(t("zones"));
        zones.setItems(Arrays.asList(ZoneMonde.values()));
        zones.setItemLabelGenerator(z -> getTranslation("referential.zone." + z.name()));
        text(langues, "langues", 200);
        duree.setLabel(t("duree"));
        duree.setItems(Duree.values());
        duree.setItemLabelGenerator(d -> getTranslation("bourse.enum.Duree." + d.name()));
        consentement.setLabel(t("consentement"));
        bind();
        origine.addValueChangeListener(e -> montrerOrigine(e.getValue()));
        H2 qui = new H2(t("section.qui"));
        H2 territoire = new H2(t("section.territoire"));
        H2 projet = new H2(t("section.projet"));
        add(
                qui,
                origine,
                sens,
                francaise,
                nom,
                pays,
                niveau,
                population,
                contactNom,
                contactFonction,
                contactEmail,
                contactTelephone,
                territoire,
                situations,
                faitsMarquants,
                acteurs,
                acteursPrecisions,
                projet,
                expertises,
                recherchees,
                objectifs,
                paysCibles,
                zones,
                langues,
                duree,
                consentement);
        for (var wide : List.of(qui, territoire, projet, faitsMarquants, acteursPrecisions, objectifs, consentement)) {
            setColspan(wide, 2);
        }
        origine.setValue(Origine.FRANCAISE);
        sens.setValue(Sens.DEMANDE);
    }

    private void bind() {
        binder.forField(origine).asRequired(t("required")).bind("origine");
        binder.forField(sens).asRequired(t("required")).bind("sens");
        binder.forField(francaise)
                .withValidator(c -> origine.getValue() != Origine.FRANCAISE || c != null, t("francaise.required"))
                .bind("collectiviteFrancaise");
        binder.forField(nom)
                .withNullRepresentation("")
                .withValidator(n -> origine.getValue() != Origine.ETRANGERE || !n.isBlank(), t("required"))
                .bind("nomCollectivite");
        binder.forField(pays)
                .withValidator(p -> origine.getValue() != Origine.ETRANGERE || p != null, t("required"))
                .bind("pays");
        binder.forField(niveau).bind("niveau");
        binder.forField(population).bind("population");
        binder.forField(contactNom).withNullRepresentation("").bind("contactNom");
        binder.forField(contactFonction).withNullRepresentation("").bind("contactFonction");
        binder.forField(contactEmail).withNullRepresentation("").bind("contactEmail");
        binder.forField(contactTelephone).withNullRepresentation("").bind("contactTelephone");
        binder.forField(situations).bind("situations");
        binder.forField(faitsMarquants).withNullRepresentation("").bind("faitsMarquants");
        binder.forField(acteurs).bind("acteurs");
        binder.forField(acteursPrecisions).withNullRepresentation("").bind("acteursPrecisions");
        binder.forField(expertises)
                .withValidator(s -> !s.isEmpty() || !recherchees.isEmpty(), t("theme.required"))
                .bind("expertises");
        binder.forField(recherchees).bind("thematiquesRecherchees");
        binder.forField(objectifs).withNullRepresentation("").bind("objectifs");
        binder.forField(paysCibles)
                .withValidator(
                        s -> origine.getValue() != Origine.FRANCAISE || !s.isEmpty() || !zones.isEmpty(),
                        t("cible.required"))
                .bind("paysCibles");
        binder.forField(zones).bind("zonesCibles");
        binder.forField(langues).withNullRepresentation("").bind("langues");
        binder.forField(duree).bind("duree");
        binder.forField(consentement).bind("consentement");
    }

    /** A new sheet holding what was typed; throws when a field is invalid (the fields keep their values). */
    FicheBourse lire() throws ValidationException {
        FicheBourse fiche = FicheBourse.vierge();
        if (origine.getValue() == Origine.FRANCAISE) {
            nom.clear();
            pays.clear();
        } else {
            francaise.clear();
        }
        binder.writeBean(fiche);
        return fiche;
    }

    private void montrerOrigine(Origine o) {
        boolean fr = o != Origine.ETRANGERE;
        francaise.setVisible(fr);
        nom.setVisible(!fr);
        pays.setVisible(!fr);
        niveau.setVisible(!fr);
    }

    private void text(TextField field, String key, int max) {
        field.setLabel(t(key));
        field.setMaxLength(max);
    }

    private void area(TextArea field, String key, int max) {
        field.setLabel(t(key));
        field.setMaxLength(max);
        field.setHelperText(getTranslation("bourse.form.max", max));
    }

    private String t(String key) {
        return getTranslation("bourse.form." + key);
    }
}
