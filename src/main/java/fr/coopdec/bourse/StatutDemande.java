package fr.coopdec.bourse;

/** A contact request, as DAECT follows it up. Labels: {@code bourse.enum.StatutDemande.<NAME>}. */
public enum StatutDemande {
    NOUVELLE,
    SUIVIE,
    CONVERTIE
}
