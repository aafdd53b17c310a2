package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.coopdec.atlas.IatiFundingSource.FundedActivity;
import fr.coopdec.atlas.IatiFundingSource.Transaction;
import java.util.List;
import java.util.Locale;

/**
 * The grants other schemes gave the partnership (FICOL), read from the scheme itself — the same record
 * as the API, the CSV and the IATI export: who granted how much and when, what has been paid and when.
 * Shown only when there is at least one grant.
 */
class FinancementsSection extends Section {

    static final String ID = "atlas-financements";

    FinancementsSection(List<FundedActivity> financements) {
        setId(ID);
        add(new H2(getTranslation("atlas.page.financements", financements.size())));
        Locale locale = getLocale();
        for (FundedActivity f : financements) {
            Article article = new Article(new H3(f.titre()));
            article.addClassName("atlas-financement");
            DescriptionList facts = new DescriptionList();
            AtlasPageParts.fact(facts, getTranslation("atlas.page.financement.reference"), f.key());
            AtlasPageParts.fact(facts, getTranslation("atlas.page.financement.financeur"), f.funderName());
            AtlasPageParts.fact(
                    facts,
                    getTranslation("atlas.page.financement.accord"),
                    f.transactions().stream()
                            .filter(t -> t.type().equals("11"))
                            .map(t -> AtlasFormat.date(t.date(), locale))
                            .findFirst()
                            .orElse(""));
            AtlasPageParts.fact(
                    facts, getTranslation("atlas.page.financement.accorde"), AtlasFormat.euros(f.granted(), locale));
            AtlasPageParts.fact(
                    facts, getTranslation("atlas.page.financement.verse"), AtlasFormat.euros(f.paid(), locale));
            article.add(facts);
            List<Transaction> payments = f.payments();
            if (payments.isEmpty()) {
                article.add(new Paragraph(getTranslation("atlas.page.financement.versements.none")));
            } else {
                UnorderedList versements = new UnorderedList();
                versements.addClassName("atlas-versements");
                versements.getElement().setAttribute("aria-label", getTranslation("atlas.page.financement.versements"));
                payments.forEach(t -> versements.add(new ListItem(getTranslation(
                        "atlas.page.financement.versement",
                        AtlasFormat.date(t.date(), locale),
                        AtlasFormat.euros(t.amount(), locale)))));
                article.add(new H4(getTranslation("atlas.page.financement.versements")), versements);
            }
            add(article);
        }
    }
}
