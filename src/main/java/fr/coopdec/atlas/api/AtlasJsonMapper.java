package fr.coopdec.atlas.api;

import fr.coopdec.atlas.Contact;
import fr.coopdec.atlas.IatiFundingSource;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.atlas.Projet;
import fr.coopdec.atlas.api.PartenariatDetailJson.CofinancementJson;
import fr.coopdec.atlas.api.PartenariatDetailJson.ProjetJson;
import fr.coopdec.atlas.api.PartenariatJson.Libelle;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.TranslationProvider;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Builds the API's JSON records; labels are French, the language of the Atlas. */
final class AtlasJsonMapper {

    static final String LIEN = "/atlas/partenariats/";

    private AtlasJsonMapper() {}

    static PartenariatJson item(PartenariatResume p, Map<String, Thematique> themes) {
        return new PartenariatJson(
                p.id(),
                p.intitule(),
                label("atlas.nature.", p.nature().name()),
                label("atlas.statut.", p.statut().name()),
                p.anneeDebut(),
                p.anneeFin(),
                new Libelle(p.paysCode(), p.paysNomFr()),
                p.collectivitesFrancaises(),
                p.collectivitesPartenaires(),
                p.thematiqueCodes().stream().map(c -> theme(c, themes)).toList(),
                p.derniereMiseAJour(),
                LIEN + p.id());
    }

    static PartenariatDetailJson detail(Partenariat p, List<IatiFundingSource.FundedActivity> financements) {
        return new PartenariatDetailJson(
                p.getId(),
                p.getIntitule(),
                p.getDescription(),
                label("atlas.nature.", p.getNature().name()),
                label("atlas.statut.", p.getStatut().name()),
                p.getAnneeDebut(),
                p.getAnneeFin(),
                new Libelle(p.getPays().getCodeAlpha2(), p.getPays().getNomFr()),
                p.getCollectivitesFrancaises().stream()
                        .sorted(Comparator.comparing(CollectiviteFrancaise::getNom))
                        .map(c -> new Libelle(c.getCleAtlas(), c.getNom()))
                        .toList(),
                p.getCollectivitesPartenaires().stream()
                        .map(CollectivitePartenaire::getNom)
                        .sorted()
                        .toList(),
                themes(p.getThematiques()),
                Stream.of(p.getElu(), p.getTechnicien())
                        .map(Contact::getFonction)
                        .filter(Objects::nonNull)
                        .filter(f -> !f.isBlank())
                        .toList(),
                p.getProjets().stream().map(AtlasJsonMapper::projet).toList(),
                financements.stream().map(AtlasJsonMapper::financement).toList(),
                p.getDerniereMiseAJour(),
                LIEN + p.getId());
    }

    private static PartenariatDetailJson.FinancementJson financement(IatiFundingSource.FundedActivity f) {
        return new PartenariatDetailJson.FinancementJson(
                f.key(),
                f.titre(),
                f.funderName(),
                f.transactions().stream()
                        .filter(t -> t.type().equals("11"))
                        .map(IatiFundingSource.Transaction::date)
                        .findFirst()
                        .orElse(null),
                f.granted(),
                f.paid(),
                f.payments().stream()
                        .map(t -> new PartenariatDetailJson.VersementJson(t.date(), t.amount()))
                        .toList());
    }

    private static ProjetJson projet(Projet projet) {
        return new ProjetJson(
                projet.getId(),
                projet.getTitre(),
                projet.getDescription(),
                label("atlas.projet.statut.", projet.getStatut().name()),
                projet.getStatut().iatiCode(),
                projet.getDateDebut(),
                projet.getDateFin(),
                projet.getBudgetTotal(),
                themes(projet.getThematiques()),
                projet.getCofinancements().stream()
                        .sorted(Comparator.comparing(c -> c.getSource().ordinal()))
                        .map(c -> new CofinancementJson(
                                label("atlas.financement.", c.getSource().name()), c.getMontant()))
                        .toList());
    }

    private static List<Libelle> themes(Collection<Thematique> themes) {
        return themes.stream()
                .sorted(Comparator.comparing(Thematique::getCode))
                .map(t -> new Libelle(t.getCode(), t.getLibelleFr()))
                .toList();
    }

    private static Libelle theme(String code, Map<String, Thematique> themes) {
        Thematique t = themes.get(code);
        return new Libelle(code, t == null ? code : t.getLibelleFr());
    }

    static Libelle label(String prefix, String code) {
        return new Libelle(code, TranslationProvider.translate(prefix + code, TranslationProvider.FRENCH));
    }
}
