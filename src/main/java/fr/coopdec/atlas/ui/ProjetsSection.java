package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.coopdec.atlas.Cofinancement;
import fr.coopdec.atlas.Projet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The projects of a partnership: dates, IATI status in words, budget and who co-finances what. */
class ProjetsSection extends Section {

    ProjetsSection(List<Projet> projets) {
        setId("atlas-projets");
        add(new H2(getTranslation("atlas.page.projets", projets.size())));
        if (projets.isEmpty()) {
            add(new Paragraph(getTranslation("atlas.page.projets.none")));
        }
        Locale locale = getLocale();
        for (Projet projet : projets) {
            Article article = new Article(new H3(projet.getTitre()));
            article.addClassName("atlas-projet");
            DescriptionList facts = new DescriptionList();
            AtlasPageParts.fact(
                    facts,
                    getTranslation("atlas.page.projet.statut"),
                    getTranslation("atlas.projet.statut." + projet.getStatut().name()));
            AtlasPageParts.fact(facts, getTranslation("atlas.page.projet.dates"), dates(projet, locale));
            AtlasPageParts.fact(
                    facts,
                    getTranslation("atlas.page.projet.budget"),
                    AtlasFormat.euros(projet.getBudgetTotal(), locale));
            article.add(facts);
            if (projet.getDescription() != null && !projet.getDescription().isBlank()) {
                article.add(new Paragraph(projet.getDescription()));
            }
            if (!projet.getCofinancements().isEmpty()) {
                UnorderedList cofinancements = new UnorderedList();
                cofinancements.addClassName("atlas-cofinancements");
                cofinancements
                        .getElement()
                        .setAttribute("aria-label", getTranslation("atlas.page.projet.cofinancements"));
                projet.getCofinancements().stream()
                        .sorted(Comparator.comparing(Cofinancement::getSource))
                        .forEach(c -> cofinancements.add(new ListItem(getTranslation(
                                "atlas.page.projet.cofinancement",
                                getTranslation(
                                        "atlas.financement." + c.getSource().name()),
                                AtlasFormat.euros(c.getMontant(), locale)))));
                article.add(new H3(getTranslation("atlas.page.projet.cofinancements")), cofinancements);
            }
            add(article);
        }
    }

    private String dates(Projet projet, Locale locale) {
        if (projet.getDateDebut() == null) {
            return projet.getDateFin() == null
                    ? ""
                    : getTranslation("atlas.page.projet.jusqua", AtlasFormat.date(projet.getDateFin(), locale));
        }
        if (projet.getDateFin() == null) {
            return getTranslation("atlas.page.projet.depuis", AtlasFormat.date(projet.getDateDebut(), locale));
        }
        return getTranslation(
                "atlas.page.projet.du-au",
                AtlasFormat.date(projet.getDateDebut(), locale),
                AtlasFormat.date(projet.getDateFin(), locale));
    }
}
