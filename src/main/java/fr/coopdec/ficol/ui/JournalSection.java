package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.coopdec.ficol.JournalEntry;
import java.time.ZoneId;
import java.util.List;

/** Who did what and when on the file, with AFD's notes. */
class JournalSection extends Composite<VerticalLayout> {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    final Grid<JournalEntry> grid = new Grid<>(JournalEntry.class, false);

    JournalSection() {
        grid.addColumn(j -> fr.coopdec.shared.ui.Dates.dateTimeFormatter(getLocale())
                        .format(j.getQuand().atZone(PARIS)))
                .setHeader(getTranslation("ficol.journal.quand"));
        grid.addColumn(JournalEntry::getAuteur).setHeader(getTranslation("ficol.journal.auteur"));
        grid.addColumn(j -> getTranslation("ficol.action." + j.getAction()))
                .setKey("action")
                .setHeader(getTranslation("ficol.journal.action"));
        grid.addColumn(JournalEntry::getTexte)
                .setKey("texte")
                .setHeader(getTranslation("ficol.journal.texte"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("ficol.journal.titre")), grid);
    }

    void show(List<JournalEntry> entries) {
        grid.setItems(entries);
    }
}
