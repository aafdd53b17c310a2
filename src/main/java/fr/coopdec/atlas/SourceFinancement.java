package fr.coopdec.atlas;

/** Who co-finances a project. Labels: {@code atlas.financement.<NAME>}. */
public enum SourceFinancement {
    DAECT,
    AFD_FICOL,
    UNION_EUROPEENNE,
    COLLECTIVITES,
    AUTRE
}
