package fr.coopdec.assises;

/** Kind of programme session. Labels: {@code assises.type.<NAME>}. */
public enum TypeSession {
    PLENIERE,
    ATELIER,
    SIDE_EVENT
}
