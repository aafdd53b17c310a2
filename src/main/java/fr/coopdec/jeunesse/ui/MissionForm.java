package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.jeunesse.Direction;
import fr.coopdec.jeunesse.Mission;
import fr.coopdec.jeunesse.Programme;
import fr.coopdec.jeunesse.ProjetJeunesse;
import fr.coopdec.jeunesse.StatutMission;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireFilter;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A placement: direction, programme, the French structure and the partner structure (each an authority
 * of the referential or an association), country and city, dates, status, partnership and youth grant.
 */
class MissionForm extends FormLayout {

    final ComboBox<Direction> direction = new ComboBox<>();
    final ComboBox<Programme> programme = new ComboBox<>();
    final ComboBox<StatutMission> statut = new ComboBox<>();
    final ComboBox<Pays> pays = new ComboBox<>();
    final TextField ville = new TextField();
    final ComboBox<CollectiviteFrancaise> francaise = new ComboBox<>();
    final TextField associationFrance = new TextField();
    final ComboBox<CollectivitePartenaire> partenaire = new ComboBox<>();
    final TextField associationEtranger = new TextField();
    final DatePicker dateDebut = new DatePicker();
    final DatePicker dateFin = new DatePicker();
    final TextArea motif = new TextArea();
    final ComboBox<PartenariatResume> partenariat = new ComboBox<>();
    final ComboBox<ProjetJeunesse> projet = new ComboBox<>();
    private final BeanValidationBinder<Mission> binder = new BeanValidationBinder<>(Mission.class);
    private final transient AtlasQueries atlas;

    MissionForm(ReferentialQueries referential, AtlasQueries atlas, List<ProjetJeunesse> projets) {
        this.atlas = atlas;
        label(direction, "direction");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("jeunesse.direction." + d.name()));
        label(programme, "programme");
        programme.setItems(Programme.values());
        programme.setItemLabelGenerator(p -> getTranslation("jeunesse.programme." + p.name()));
        label(statut, "statut");
        statut.setItems(StatutMission.values());
        statut.setItemLabelGenerator(s -> getTranslation("jeunesse.statut." + s.name()));
        label(pays, "pays");
        pays.setHelperText(getTranslation("jeunesse.mission.champ.pays.help"));
        pays.setItems(referential.allPays());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        label(ville, "ville");
        ville.setMaxLength(150);
        label(francaise, "francaise");
        francaise.setHelperText(getTranslation("jeunesse.mission.champ.francaise.help"));
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
        label(associationFrance, "association-france");
        associationFrance.setMaxLength(200);
        label(partenaire, "partenaire");
        partenaire.setHelperText(getTranslation("jeunesse.mission.champ.partenaire.help"));
        partenaire.setItemLabelGenerator(CollectivitePartenaire::getNom);
        partenaire.setItems(new CallbackDataProvider<CollectivitePartenaire, String>(
                q -> referential
                        .findCollectivitesPartenaires(
                                partenaireFilter(q.getFilter().orElse(null)),
                                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("nom")))
                        .stream(),
                q -> (int) referential
                        .findCollectivitesPartenaires(
                                partenaireFilter(q.getFilter().orElse(null)), PageRequest.of(0, 1))
                        .getTotalElements(),
                CollectivitePartenaire::getId));
        pays.addValueChangeListener(e -> partenaire.getDataProvider().refreshAll());
        label(associationEtranger, "association-etranger");
        associationEtranger.setMaxLength(200);
        label(dateDebut, "debut");
        label(dateFin, "fin");
        label(motif, "motif");
        motif.setMaxLength(500);
        label(partenariat, "partenariat");
        partenariat.setItemLabelGenerator(r -> r.intitule() + " (" + r.paysNom(getLocale()) + ")");
        partenariat.setItems(new CallbackDataProvider<PartenariatResume, String>(
                q -> atlas
                        .search(
                                partenariatFilter(q.getFilter().orElse(null)),
                                PageRequest.of(q.getPage(), q.getPageSize()))
                        .stream(),
                q -> (int) atlas.count(partenariatFilter(q.getFilter().orElse(null))),
                PartenariatResume::id));
        label(projet, "projet");
        projet.setItems(projets);
        projet.setItemLabelGenerator(p -> p.getIntitule() + " (" + p.getAppel().getIntitule() + ")");
        bind();
        add(
                direction,
                programme,
                pays,
                ville,
                francaise,
                associationFrance,
                partenaire,
                associationEtranger,
                dateDebut,
                dateFin,
                statut,
                motif,
                partenariat,
                projet);
    }

    private void bind() {
        binder.forField(direction)
                .asRequired(getTranslation("jeunesse.mission.direction.required"))
                .bind("direction");
        binder.forField(programme)
                .asRequired(getTranslation("jeunesse.mission.programme.required"))
                .bind("programme");
        binder.forField(statut)
                .asRequired(getTranslation("jeunesse.mission.statut.required"))
                .bind("statut");
        binder.forField(pays)
                .asRequired(getTranslation("jeunesse.mission.pays.required"))
                .bind("pays");
        binder.forField(ville)
                .asRequired(getTranslation("jeunesse.mission.ville.required"))
                .bind("ville");
        binder.forField(francaise).bind("collectiviteFrancaise");
        binder.forField(associationFrance).withNullRepresentation("").bind("associationFrance");
        binder.forField(partenaire).bind("collectivitePartenaire");
        binder.forField(associationEtranger).withNullRepresentation("").bind("associationEtranger");
        binder.forField(dateDebut)
                .asRequired(getTranslation("jeunesse.mission.debut.required"))
                .bind("dateDebut");
        binder.forField(dateFin)
                .asRequired(getTranslation("jeunesse.mission.fin.required"))
                .bind("dateFin");
        binder.forField(motif).withNullRepresentation("").bind("motifInterruption");
        binder.forField(partenariat)
                .bind(
                        m -> m.getPartenariatId() == null
                                ? null
                                : atlas.resumes(List.of(m.getPartenariatId())).stream()
                                        .findFirst()
                                        .orElse(null),
                        (m, r) -> m.setPartenariatId(r == null ? null : r.id()));
        binder.forField(projet).bind("projet");
    }

    private CollectivitePartenaireFilter partenaireFilter(String text) {
        return new CollectivitePartenaireFilter(
                text, pays.getValue() == null ? -1L : pays.getValue().getId(), null);
    }

    private PartenariatFilter partenariatFilter(String text) {
        PartenariatFilter.Builder b = PartenariatFilter.builder().texte(text);
        return pays.getValue() == null
                ? b.build()
                : b.pays(pays.getValue().getCodeAlpha2()).build();
    }

    private void label(HasLabel field, String key) {
        field.setLabel(getTranslation("jeunesse.mission.champ." + key));
    }

    void read(Mission m) {
        binder.readBean(m);
    }

    boolean writeTo(Mission m) {
        return binder.writeBeanIfValid(m);
    }
}
