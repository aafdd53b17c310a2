package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** Small building blocks shared by the Atlas's public pages. */
final class AtlasPageParts {

    private AtlasPageParts() {}

    /** A term and its value; an empty value is left out rather than shown as a blank line. */
    static void fact(DescriptionList list, String term, String value) {
        if (value != null && !value.isBlank()) {
            fact(list, term, new Span(value));
        }
    }

    static void fact(DescriptionList list, String term, Component... value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
