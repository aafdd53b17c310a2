package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Says in words which filters the charts follow, so a shared link explains itself. */
class ChartsFilterSummary extends Div {

    private final UnorderedList list = new UnorderedList();
    private final transient ReferentialQueries referential;
    private final Locale locale;

    ChartsFilterSummary(PartenariatFilter f, ReferentialQueries referential) {
        this.referential = referential;
        this.locale = getLocale();
        addClassName("atlas-charts-filters");
        if (!f.paysCodes().isEmpty()) {
            item(
                    "pays",
                    f.paysCodes().stream()
                            .sorted()
                            .map(c -> referential
                                    .findPays(c)
                                    .map(p -> p.getNom(locale))
                                    .orElse(c))
                            .collect(Collectors.joining(", ")));
        }
        if (f.zone() != null) {
            item("zone", getTranslation("referential.zone." + f.zone().name()));
        }
        if (f.collectiviteFrancaiseId() != null) {
            item(
                    "collectivite",
                    referential
                            .findCollectiviteFrancaise(f.collectiviteFrancaiseId())
                            .map(CollectiviteFrancaise::getNom)
                            .orElse("?"));
        }
        if (f.collectivitePartenaireId() != null) {
            item(
                    "partenaire",
                    referential
                            .findCollectivitePartenaire(f.collectivitePartenaireId())
                            .map(c -> c.getNom())
                            .orElse("?"));
        }
        if (f.regionCode() != null) {
            item("region", name(TypeCollectiviteFrancaise.REGION, f.regionCode()));
        }
        if (f.departementCode() != null) {
            item("departement", name(TypeCollectiviteFrancaise.DEPARTEMENT, f.departementCode()));
        }
        if (!f.thematiqueCodes().isEmpty()) {
            Map<String, String> labels = referential.allThematiques().stream()
                    .collect(Collectors.toMap(Thematique::getCode, t -> t.getLibelle(locale)));
            item(
                    "theme",
                    f.thematiqueCodes().stream()
                            .sorted()
                            .map(c -> labels.getOrDefault(c, c))
                            .collect(Collectors.joining(", ")));
        }
        Optional.ofNullable(f.statut()).ifPresent(s -> item("statut", getTranslation("atlas.statut." + s.name())));
        Optional.ofNullable(f.nature()).ifPresent(n -> item("nature", getTranslation("atlas.nature." + n.name())));
        Optional.ofNullable(f.anneeMin()).ifPresent(y -> item("debutMin", y.toString()));
        Optional.ofNullable(f.anneeMax()).ifPresent(y -> item("debutMax", y.toString()));
        Optional.ofNullable(f.texte()).ifPresent(t -> item("q", "« " + t + " »"));
        if (list.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("atlas.charts.filters.none")));
        } else {
            add(new Paragraph(getTranslation("atlas.charts.filters.active")), list);
        }
    }

    private String name(TypeCollectiviteFrancaise type, String code) {
        return referential
                .findCollectiviteFrancaise(type, code)
                .map(CollectiviteFrancaise::getNom)
                .orElse(code);
    }

    private void item(String parameter, String value) {
        list.add(new ListItem(getTranslation("atlas.charts.filter." + parameter, value)));
    }
}
