package fr.coopdec.assises;

/** Criteria of the participants grid; null fields do not filter. {@code texte} also matches a badge token. */
public record FiltreParticipants(String texte, CategorieParticipant categorie, StatutInscription statut) {

    public static final FiltreParticipants TOUS = new FiltreParticipants(null, null, null);
}
