package fr.coopdec.jeunesse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/** The right-of-access export: every field held on a volunteer and its placements. */
final class DonneesPersonnelles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DonneesPersonnelles() {}

    static String json(Volontaire v, List<Mission> missions) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode personne = root.putObject("volontaire");
        personne.put("id", v.getId());
        personne.put("prenom", v.getPrenom());
        personne.put("nom", v.getNom());
        personne.put("dateNaissance", Objects.toString(v.getDateNaissance(), null));
        personne.put(
                "nationalite",
                v.getNationalite() == null ? null : v.getNationalite().getCodeAlpha2());
        personne.put("email", v.getEmail());
        personne.put("telephone", v.getTelephone());
        personne.put("consentementLe", Objects.toString(v.getConsentementLe(), null));
        personne.put("anonymiseLe", Objects.toString(v.getAnonymiseLe(), null));
        personne.put("creeLe", Objects.toString(v.getCreatedAt(), null));
        personne.put("creePar", v.getCreatedBy());
        personne.put("modifieLe", Objects.toString(v.getUpdatedAt(), null));
        personne.put("modifiePar", v.getUpdatedBy());
        ArrayNode list = root.putArray("missions");
        for (Mission m : missions) {
            ObjectNode o = list.addObject();
            o.put("id", m.getId());
            o.put("direction", m.getDirection().name());
            o.put("programme", m.getProgramme().name());
            o.put("structureEnvoi", m.getStructureEnvoi());
            o.put("structureAccueil", m.getStructureAccueil());
            o.put("pays", m.getPays().getCodeAlpha2());
            o.put("ville", m.getVille());
            o.put("dateDebut", m.getDateDebut().toString());
            o.put("dateFin", m.getDateFin().toString());
            o.put("statut", m.getStatut().name());
            o.put("motifInterruption", m.getMotifInterruption());
            o.put("partenariatId", m.getPartenariatId());
            o.put("projetJeunesse", m.getProjet() == null ? null : m.getProjet().getIntitule());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
