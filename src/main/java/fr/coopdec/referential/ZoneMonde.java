package fr.coopdec.referential;

/** World zones as French decentralised cooperation groups countries. Labels: {@code referential.zone.<NAME>}. */
public enum ZoneMonde {
    AFRIQUE_OUEST,
    AFRIQUE_CENTRALE,
    AFRIQUE_EST,
    AFRIQUE_AUSTRALE,
    AFRIQUE_NORD,
    OCEAN_INDIEN,
    MOYEN_ORIENT,
    ASIE_CENTRALE,
    ASIE_SUD,
    ASIE_EST,
    ASIE_SUD_EST,
    EUROPE_UE,
    EUROPE_AUTRE,
    AMERIQUE_NORD,
    AMERIQUE_CENTRALE_CARAIBES,
    AMERIQUE_SUD,
    OCEANIE
}
