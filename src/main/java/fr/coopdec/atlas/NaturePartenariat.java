package fr.coopdec.atlas;

/** Labels: {@code atlas.nature.<NAME>}. */
public enum NaturePartenariat {
    COOPERATION_DECENTRALISEE,
    JUMELAGE,
    ACCORD_COOPERATION,
    AUTRE
}
