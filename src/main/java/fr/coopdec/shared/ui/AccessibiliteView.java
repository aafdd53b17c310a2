package fr.coopdec.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The accessibility statement (déclaration d'accessibilité, loi 2005-102 art. 47) in the RGAA 4.1
 * structure: commitment, conformity status, test results, non-accessible content, how the statement
 * was made, contact and the Défenseur des droits. The results are those of the browser suite
 * ({@code fr.coopdec.browser}) and of the manual checks, stated as they are.
 */
@Route(value = AccessibiliteView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class AccessibiliteView extends Article implements HasDynamicTitle {

    public static final String ROUTE = "accessibilite";
    /** Sections, each a heading and paragraphs or lists ("accessibilite.<section>.<n>"). */
    private static final String[][] SECTIONS = {
        {"etat", "p1", "p2"},
        {"resultats", "li1", "li2", "li3", "li4", "li5"},
        {"non-accessible", "li1", "li2", "li3", "li4", "li5"},
        {"derogations", "p1"},
        {"etablissement", "p1", "li1", "li2", "li3", "li4"},
        {"contact", "p1", "p2"},
        {"recours", "p1", "li1", "li2", "li3", "li4"},
    };

    public AccessibiliteView() {
        addClassName("accessibilite-view");
        add(new H1(getTranslation("accessibilite.title")));
        add(new Paragraph(getTranslation("accessibilite.engagement")));
        add(new Paragraph(getTranslation("accessibilite.portee")));
        for (String[] section : SECTIONS) {
            String prefix = "accessibilite." + section[0] + ".";
            add(new H2(getTranslation(prefix + "title")));
            UnorderedList list = null;
            for (int i = 1; i < section.length; i++) {
                String text = getTranslation(prefix + section[i]);
                if (section[i].startsWith("li")) {
                    if (list == null) {
                        list = new UnorderedList();
                        add(list);
                    }
                    list.add(new ListItem(text));
                } else {
                    list = null;
                    add(new Paragraph(text));
                }
            }
        }
        Anchor defenseur = new Anchor(
                "https://formulaire.defenseurdesdroits.fr/", getTranslation("accessibilite.recours.formulaire"));
        add(new Paragraph(defenseur));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("accessibilite.title"));
    }
}
