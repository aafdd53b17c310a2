package fr.coopdec.ficol;

/** Who pays a line of the financing plan. Labels: {@code ficol.source.<NAME>}. */
public enum SourcePlan {
    AFD_FICOL,
    COLLECTIVITE,
    DAECT,
    UNION_EUROPEENNE,
    AUTRE
}
