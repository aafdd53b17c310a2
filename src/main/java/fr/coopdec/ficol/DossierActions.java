package fr.coopdec.ficol;

/**
 * What the signed-in user may do with one FICOL file, as the service decides it: views show only these
 * actions, and the workflow checks the same rules again when an action is called.
 *
 * @param demandeur  the applicant side (the lead authority, or DAECT): saves drafts, submits, reports
 * @param instructeur the instructing side (AFD, or DAECT): instruction, committee, tranches
 * @param editable   the applicant may still change the file (a draft)
 */
public record DossierActions(boolean demandeur, boolean instructeur, boolean editable) {}
