package fr.coopdec.assises.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.coopdec.assises.SessionProgramme;
import java.util.List;

/**
 * An event's programme as a list that reads at any width, in time order: per session its title, when,
 * type and room, the speakers one per line and the places left. A grid cut titles in the middle of a
 * word and made rows 200 to 450 px tall with the speakers squeezed in one column.
 */
class ProgrammeList extends OrderedList {

    ProgrammeList() {
        addClassName("programme-list");
        setId("programme");
    }

    void show(List<SessionProgramme> sessions) {
        removeAll();
        for (SessionProgramme session : sessions) {
            ListItem item = new ListItem();
            item.addClassName("programme-session");
            Paragraph when = new Paragraph(AssisesUi.horaire(session, getLocale()) + " · "
                    + getTranslation("assises.type." + session.getType()) + " · " + session.getSalle());
            when.addClassName("programme-when");
            item.add(new H3(session.getTitre()), when);
            if (!session.getIntervenants().isEmpty()) {
                UnorderedList speakers = new UnorderedList();
                speakers.addClassName("programme-speakers");
                speakers.getElement().setAttribute("aria-label", getTranslation("assises.session.intervenants"));
                session.getIntervenants()
                        .forEach(speaker -> speakers.add(new ListItem(AssisesUi.intervenant(speaker))));
                item.add(speakers);
            }
            Paragraph places = new Paragraph(
                    getTranslation("assises.places-restantes", session.getPlacesRestantes(), session.getCapacite()));
            places.addClassName("programme-places");
            item.add(places);
            add(item);
        }
    }
}
