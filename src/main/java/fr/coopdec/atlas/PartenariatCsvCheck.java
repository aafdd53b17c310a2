package fr.coopdec.atlas;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CsvLineError;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.BusinessException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks one line of a partnerships file and builds its partnership; each problem becomes an error. */
final class PartenariatCsvCheck {

    private final PartenariatCsvImport lookups;
    private final PartenariatCsvLine line;
    private final Map<String, Thematique> themes;
    private final List<CsvLineError> errors;
    private final int before;

    PartenariatCsvCheck(
            PartenariatCsvImport lookups,
            PartenariatCsvLine line,
            Map<String, Thematique> themes,
            List<CsvLineError> errors) {
        this.lookups = lookups;
        this.line = line;
        this.themes = themes;
        this.errors = errors;
        this.before = errors.size();
    }

    Optional<Partenariat> toPartenariat() {
        if (line.intitule() == null) {
            error("atlas.import.error.intitule-empty");
        } else if (line.intitule().length() > 300) {
            error("atlas.import.error.intitule-too-long");
        }
        Pays pays = pays();
        Set<CollectiviteFrancaise> francaises = francaises();
        Set<CollectivitePartenaire> partenaires = pays == null ? Set.of() : partenaires(pays);
        NaturePartenariat nature = value(
                NaturePartenariat.class,
                line.nature(),
                NaturePartenariat.COOPERATION_DECENTRALISEE,
                "atlas.import.error.nature");
        StatutPartenariat statut =
                value(StatutPartenariat.class, line.statut(), StatutPartenariat.ACTIF, "atlas.import.error.statut");
        Integer debut = year(line.anneeDebut(), true);
        Integer fin = year(line.anneeFin(), false);
        Set<Thematique> th = new HashSet<>();
        for (String code : line.thematiques()) {
            Thematique t = themes.get(code.toUpperCase(Locale.ROOT));
            if (t == null) {
                error("atlas.import.error.thematique-unknown", code);
            } else {
                th.add(t);
            }
        }
        if (line.description() != null && line.description().length() > 10_000) {
            error("atlas.import.error.description-too-long");
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        Partenariat p = new Partenariat(line.intitule(), pays, debut);
        p.setAnneeFin(fin);
        p.setNature(nature);
        p.setStatut(statut);
        p.setDescription(line.description());
        p.setCollectivitesFrancaises(francaises);
        p.setCollectivitesPartenaires(partenaires);
        p.setThematiques(th);
        try {
            lookups.rules(p);
        } catch (BusinessException e) {
            error(e.getMessageKey(), e.getArguments());
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private Pays pays() {
        if (line.pays() == null) {
            error("atlas.import.error.pays-empty");
            return null;
        }
        Optional<Pays> pays = lookups.pays(line.pays());
        if (pays.isEmpty()) {
            error("atlas.import.error.pays-unknown", line.pays());
        }
        return pays.orElse(null);
    }

    private Set<CollectiviteFrancaise> francaises() {
        Set<CollectiviteFrancaise> found = new HashSet<>();
        if (line.francaises().isEmpty()) {
            error("atlas.import.error.francaise-empty");
        }
        for (String cle : line.francaises()) {
            lookups.francaise(cle.toLowerCase(Locale.ROOT))
                    .ifPresentOrElse(found::add, () -> error("atlas.import.error.francaise-unknown", cle));
        }
        return found;
    }

    private Set<CollectivitePartenaire> partenaires(Pays pays) {
        Set<CollectivitePartenaire> found = new HashSet<>();
        if (line.partenaires().isEmpty()) {
            error("atlas.import.error.partenaire-empty");
        }
        for (String nom : line.partenaires()) {
            List<CollectivitePartenaire> named = lookups.partenaires(nom);
            Optional<CollectivitePartenaire> inCountry = named.stream()
                    .filter(c -> c.getPays().getId().equals(pays.getId()))
                    .findFirst();
            if (inCountry.isPresent()) {
                found.add(inCountry.get());
            } else if (named.isEmpty()) {
                error("atlas.import.error.partenaire-unknown", nom);
            } else {
                error("atlas.import.error.partenaire-hors-pays", nom, pays.getNomFr());
            }
        }
        return found;
    }

    private <E extends Enum<E>> E value(Class<E> type, String text, E fallback, String key) {
        if (text == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(key, text);
            return fallback;
        }
    }

    private Integer year(String text, boolean required) {
        if (text == null) {
            if (required) {
                error("atlas.import.error.annee-debut-empty");
            }
            return null;
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= 1950 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range year
        }
        error("atlas.import.error.annee", text);
        return null;
    }

    private void error(String key, Object... arguments) {
        errors.add(PartenariatCsvImport.error(line.line(), key, arguments));
    }
}
