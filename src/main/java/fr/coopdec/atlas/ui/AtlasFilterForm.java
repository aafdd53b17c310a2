package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.atlas.NaturePartenariat;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.PaysFilter;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.referential.ZoneMonde;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The Atlas search criteria as fields. It does not search itself: it tells its owner that the user
 * changed something, and the owner puts the new filter in the URL (so Back and shared links work).
 */
class AtlasFilterForm extends FormLayout {

    static final int YEAR_MIN = 1900;
    static final int YEAR_MAX = 2100;
    /** Big authorities first: "Lyon" should find the city before the hamlets whose name contains it. */
    private static final Sort AUTHORITIES = Sort.by(Sort.Order.desc("population"), Sort.Order.asc("nom"));

    final TextField texte = new TextField();
    final MultiSelectComboBox<Pays> pays = new MultiSelectComboBox<>();
    final ComboBox<ZoneMonde> zone = new ComboBox<>();
    final ComboBox<CollectiviteFrancaise> collectivite = new ComboBox<>();
    final ComboBox<CollectiviteFrancaise> region = new ComboBox<>();
    final ComboBox<CollectiviteFrancaise> departement = new ComboBox<>();
    final MultiSelectComboBox<Thematique> themes = new MultiSelectComboBox<>();
    final ComboBox<StatutPartenariat> statut = new ComboBox<>();
    final ComboBox<NaturePartenariat> nature = new ComboBox<>();
    final IntegerField debutMin = new IntegerField();
    final IntegerField debutMax = new IntegerField();

    private final transient ReferentialQueries referential;
    private Runnable onChange = () -> {};
    /** True while fields are filled from the URL: those changes are not the user's. */
    private boolean filling;
    /** The criteria without a field here (a foreign authority), kept when the user changes the others. */
    private Long partenaireId;

    AtlasFilterForm(ReferentialQueries referential) {
        this.referential = referential;

        texte.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        texte.setHelperText(getTranslation("atlas.search.field.q.help"));
        // Every list is fetched page by page as the user opens or types, never held in the session.
        pays.setItems(
                query -> referential
                        .findPays(
                                new PaysFilter(query.getFilter().orElse(null), null, null),
                                page(query, Sort.by("nomFr")))
                        .stream());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        zone.setItems(ZoneMonde.values());
        zone.setItemLabelGenerator(z -> getTranslation("referential.zone." + z.name()));
        collectivite.setItems(query -> referential
                .findCollectivitesFrancaises(
                        CollectiviteFrancaiseFilter.text(query.getFilter().orElse(null)),
                        VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(AUTHORITIES))
                .stream());
        collectivite.setItemLabelGenerator(c -> c.getLibelle() + " · "
                + getTranslation("referential.collectivite.type." + c.getType().name()));
        collectivite.setHelperText(getTranslation("atlas.search.field.collectivite.help"));
        region.setItems(query -> territories(TypeCollectiviteFrancaise.REGION, query));
        region.setItemLabelGenerator(CollectiviteFrancaise::getNom);
        departement.setItems(query -> territories(TypeCollectiviteFrancaise.DEPARTEMENT, query));
        departement.setItemLabelGenerator(CollectiviteFrancaise::getLibelle);
        themes.setItems(query ->
                referential
                        .findThematiques(query.getFilter().orElse(null), page(query, Sort.by("libelleFr")))
                        .stream());
        themes.setItemLabelGenerator(t -> t.getLibelle(getLocale()));
        statut.setItems(StatutPartenariat.values());
        statut.setItemLabelGenerator(s -> getTranslation("atlas.statut." + s.name()));
        nature.setItems(NaturePartenariat.values());
        nature.setItemLabelGenerator(n -> getTranslation("atlas.nature." + n.name()));
        for (IntegerField year : List.of(debutMin, debutMax)) {
            year.setMin(YEAR_MIN);
            year.setMax(YEAR_MAX);
            year.setStepButtonsVisible(false);
            year.setErrorMessage(getTranslation("atlas.search.field.year.invalid", YEAR_MIN, YEAR_MAX));
        }
        setup(texte, "q");
        setup(pays, "pays");
        setup(zone, "zone");
        setup(collectivite, "collectivite");
        setup(region, "region");
        setup(departement, "departement");
        setup(themes, "theme");
        setup(statut, "statut");
        setup(nature, "nature");
        setup(debutMin, "debutMin");
        setup(debutMax, "debutMax");
        setColspan(texte, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2), new ResponsiveStep("60em", 4));
    }

    private <C extends Component & HasValue<?, ?> & HasLabel & HasClearButton> void setup(C field, String name) {
        field.setLabel(getTranslation("atlas.search.field." + name));
        field.setId("atlas-filter-" + name);
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> {
            if (!filling) {
                onChange.run();
            }
        });
        add(field);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** Shows a filter (read from the URL) without reporting it as the user's change. */
    void setFilter(PartenariatFilter filter) {
        filling = true;
        try {
            texte.setValue(Objects.requireNonNullElse(filter.texte(), ""));
            pays.setValue(filter.paysCodes().stream()
                    .map(referential::findPays)
                    .flatMap(Optional::stream)
                    .collect(Collectors.toSet()));
            zone.setValue(filter.zone());
            collectivite.setValue(
                    filter.collectiviteFrancaiseId() == null
                            ? null
                            : referential
                                    .findCollectiviteFrancaise(filter.collectiviteFrancaiseId())
                                    .orElse(null));
            region.setValue(territory(TypeCollectiviteFrancaise.REGION, filter.regionCode()));
            departement.setValue(territory(TypeCollectiviteFrancaise.DEPARTEMENT, filter.departementCode()));
            themes.setValue(
                    filter.thematiqueCodes().isEmpty()
                            ? Set.of()
                            : referential.allThematiques().stream()
                                    .filter(t -> filter.thematiqueCodes().contains(t.getCode()))
                                    .collect(Collectors.toSet()));
            statut.setValue(filter.statut());
            nature.setValue(filter.nature());
            debutMin.setValue(filter.anneeMin());
            debutMax.setValue(filter.anneeMax());
            partenaireId = filter.collectivitePartenaireId();
        } finally {
            filling = false;
        }
    }

    /** The filter the fields show; a year outside the allowed range is marked and left out. */
    PartenariatFilter getFilter() {
        return PartenariatFilter.builder()
                .texte(texte.getValue())
                .pays(pays.getValue().stream().map(Pays::getCodeAlpha2).collect(Collectors.toSet()))
                .zone(zone.getValue())
                .collectiviteFrancaise(
                        collectivite.getValue() == null
                                ? null
                                : collectivite.getValue().getId())
                .collectivitePartenaire(partenaireId)
                .region(region.getValue() == null ? null : region.getValue().getCode())
                .departement(
                        departement.getValue() == null
                                ? null
                                : departement.getValue().getCode())
                .thematiques(themes.getValue().stream().map(Thematique::getCode).collect(Collectors.toSet()))
                .statut(statut.getValue())
                .nature(nature.getValue())
                .anneeMin(year(debutMin))
                .anneeMax(year(debutMax))
                .build();
    }

    private static Integer year(IntegerField field) {
        Integer value = field.getValue();
        boolean valid = value == null || (value >= YEAR_MIN && value <= YEAR_MAX);
        field.setInvalid(!valid);
        return valid ? value : null;
    }

    private CollectiviteFrancaise territory(TypeCollectiviteFrancaise type, String code) {
        return code == null
                ? null
                : referential.findCollectiviteFrancaise(type, code).orElse(null);
    }

    private Stream<CollectiviteFrancaise> territories(
            TypeCollectiviteFrancaise type, Query<CollectiviteFrancaise, String> query) {
        return referential
                .findCollectivitesFrancaises(
                        new CollectiviteFrancaiseFilter(query.getFilter().orElse(null), type, null, null),
                        page(query, Sort.by("code")))
                .stream();
    }

    private static PageRequest page(Query<?, String> query, Sort sort) {
        return VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(sort);
    }
}
