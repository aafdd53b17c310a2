package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.Thematique;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a sheet says, as a description list; contact details only when {@code avecContact}. */
class FicheDetails extends Section {

    FicheDetails(FicheBourse f, boolean avecContact) {
        DescriptionList list = new DescriptionList();
        Locale locale = getLocale();
        term(
                list,
                "affiche.origine",
                getTranslation("bourse.enum.Origine." + f.getOrigine().name()));
        term(
                list,
                "affiche.sens",
                getTranslation("bourse.enum.Sens." + f.getSens().name()));
        if (f.getPays() != null) {
            term(list, "pays", f.getPays().getNom(locale));
        }
        if (f.getNiveau() != null) {
            term(
                    list,
                    "niveau",
                    getTranslation(
                            "referential.partenaire.niveau." + f.getNiveau().name()));
        }
        if (f.getPopulationConnue() != null) {
            term(list, "population", String.format(locale, "%,d", f.getPopulationConnue()));
        }
        term(
                list,
                "situations",
                f.getSituations().stream()
                        .map(s -> getTranslation("bourse.enum.Situation." + s.name()))
                        .collect(Collectors.joining(", ")));
        term(list, "faits-marquants", f.getFaitsMarquants());
        term(
                list,
                "acteurs",
                f.getActeurs().stream()
                        .map(a -> getTranslation("bourse.enum.ActeurEtranger." + a.name()))
                        .collect(Collectors.joining(", ")));
        term(list, "acteurs-precisions", f.getActeursPrecisions());
        term(list, "expertises", themes(f.getExpertises(), locale));
        term(list, "recherchees", themes(f.getThematiquesRecherchees(), locale));
        term(list, "objectifs", f.getObjectifs());
        term(
                list,
                "pays-cibles",
                f.getPaysCibles().stream().map(p -> p.getNom(locale)).sorted().collect(Collectors.joining(", ")));
        term(
                list,
                "zones",
                f.getZonesCibles().stream()
                        .map(z -> getTranslation("referential.zone." + z.name()))
                        .collect(Collectors.joining(", ")));
        term(list, "langues", f.getLangues());
        if (f.getDuree() != null) {
            term(
                    list,
                    "duree",
                    getTranslation("bourse.enum.Duree." + f.getDuree().name()));
        }
        if (avecContact) {
            term(list, "contact-nom", f.getContactNom());
            term(list, "contact-fonction", f.getContactFonction());
            term(list, "contact-email", f.getContactEmail());
            term(list, "contact-telephone", f.getContactTelephone());
        }
        // Lists that were not loaded with the sheet (a post's list) show no attachments.
        if (org.hibernate.Hibernate.isInitialized(f.getPieces())
                && !f.getPieces().isEmpty()) {
            term(
                    list,
                    "pieces.liste",
                    f.getPieces().stream()
                            .map(p -> p.getNom() + " (" + p.getTypeMime() + ")")
                            .collect(Collectors.joining(", ")));
        }
        add(list);
    }

    private static String themes(Collection<Thematique> themes, Locale locale) {
        return themes.stream().map(t -> t.getLibelle(locale)).sorted().collect(Collectors.joining(", "));
    }

    private void term(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(
                    new DescriptionList.Term(getTranslation("bourse.form." + key)),
                    new DescriptionList.Description(value));
        }
    }

    static Component statut(FicheBourse f) {
        Span badge = new Span(f.getStatut().name());
        badge.setText(
                badge.getTranslation("bourse.enum.StatutFiche." + f.getStatut().name()));
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    static String pays(Pays p, Locale locale) {
        return p == null ? "" : p.getNom(locale);
    }
}
