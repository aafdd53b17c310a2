package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.coopdec.ficol.Eligibilite;
import fr.coopdec.ficol.Verdict;
import fr.coopdec.ficol.VerdictTexts;
import java.util.List;

/** The eligibility explained rule by rule, each line saying whether it passes and why. */
class EligibilitePanel extends Composite<Div> {

    final Paragraph resume = new Paragraph();
    final UnorderedList lignes = new UnorderedList();

    EligibilitePanel() {
        resume.getElement().setAttribute("aria-live", "polite");
        getContent().add(new H2(getTranslation("ficol.eligibilite.titre")), resume, lignes);
    }

    void show(Eligibilite eligibilite) {
        resume.setText(getTranslation(
                eligibilite.eligible() ? "ficol.eligibilite.eligible" : "ficol.eligibilite.non-eligible",
                FicolFormat.date(eligibilite.dateReference(), getLocale())));
        lignes.removeAll();
        eligibilite.verdicts().forEach(v -> {
            ListItem item = new ListItem(
                    getTranslation("ficol.verdict." + v.niveau().name()) + " " + VerdictTexts.texte(v, getLocale()));
            item.addClassName(v.niveau() == Verdict.Niveau.CONFORME ? "ficol-conforme" : "ficol-non-conforme");
            lignes.add(item);
        });
    }

    String resumeNonConformes(Eligibilite eligibilite) {
        return String.join(
                " ",
                eligibilite.nonConformes().stream()
                        .map(v -> VerdictTexts.texte(v, getLocale()))
                        .toList());
    }

    List<String> textes() {
        return lignes.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }
}
