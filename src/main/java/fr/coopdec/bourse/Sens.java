package fr.coopdec.bourse;

/** Whether the sheet mainly offers expertise or looks for a partner. Labels: {@code bourse.enum.Sens.<NAME>}. */
public enum Sens {
    OFFRE,
    DEMANDE
}
