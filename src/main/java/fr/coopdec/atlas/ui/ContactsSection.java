package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.coopdec.atlas.Contact;

/**
 * The elected official and the staff member in charge. Names and e-mails are personal data: the
 * public sees the functions only, signed-in users see who to write to.
 */
class ContactsSection extends Section {

    ContactsSection(Contact elu, Contact technicien, boolean signedIn) {
        setId("atlas-contacts");
        add(new H2(getTranslation("atlas.page.contacts")));
        DescriptionList list = new DescriptionList();
        contact(list, "atlas.page.contact.elu", elu, signedIn);
        contact(list, "atlas.page.contact.technicien", technicien, signedIn);
        add(list);
        if (!signedIn) {
            add(new Paragraph(getTranslation("atlas.page.contacts.login")));
        }
    }

    private void contact(DescriptionList list, String roleKey, Contact contact, boolean signedIn) {
        String fonction = blankToEmpty(contact.getFonction());
        if (!signedIn) {
            AtlasPageParts.fact(list, getTranslation(roleKey), fonction);
            return;
        }
        String nom = blankToEmpty(contact.getNom());
        String text = nom.isEmpty() || fonction.isEmpty() ? nom + fonction : nom + ", " + fonction;
        if (text.isEmpty() && blankToEmpty(contact.getEmail()).isEmpty()) {
            return;
        }
        Span who = new Span(text);
        if (blankToEmpty(contact.getEmail()).isEmpty()) {
            AtlasPageParts.fact(list, getTranslation(roleKey), who);
        } else {
            AtlasPageParts.fact(
                    list,
                    getTranslation(roleKey),
                    who,
                    new Span(" · "),
                    new Anchor("mailto:" + contact.getEmail(), contact.getEmail()));
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
