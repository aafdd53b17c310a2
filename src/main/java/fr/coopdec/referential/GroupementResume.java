package fr.coopdec.referential;

/** A grouping in a list: its Atlas key, name, kind, SIREN and number of member authorities. */
public record GroupementResume(
        long id, String cleAtlas, String nom, TypeCollectiviteFrancaise type, String siren, int membres) {}
