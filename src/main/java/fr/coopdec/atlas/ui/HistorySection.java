package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.coopdec.shared.history.HistoryEntry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who changed the partnership, when and which fields, newest first. Authors are e-mail addresses,
 * personal data: the public reads "a contributor", signed-in users the address.
 */
class HistorySection extends Section {

    HistorySection(List<HistoryEntry> entries, boolean signedIn) {
        setId("atlas-historique");
        add(new H2(getTranslation("atlas.page.historique")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("atlas.page.historique.none")));
            return;
        }
        OrderedList list = new OrderedList();
        for (HistoryEntry entry : entries) {
            String who = "system".equals(entry.who())
                    ? getTranslation("atlas.page.historique.system")
                    : signedIn ? entry.who() : getTranslation("atlas.page.historique.contributeur");
            String line = getTranslation(
                    "atlas.page.historique.entry",
                    AtlasFormat.dateTime(entry.when(), getLocale()),
                    who,
                    getTranslation("atlas.page.historique.kind." + entry.kind().name()));
            if (!entry.changedFields().isEmpty()) {
                line += " "
                        + getTranslation(
                                "atlas.page.historique.fields",
                                entry.changedFields().stream()
                                        .map(f -> getTranslation("atlas.page.champ." + f))
                                        .collect(Collectors.joining(", ")));
            }
            list.add(new ListItem(line));
        }
        add(list);
    }
}
