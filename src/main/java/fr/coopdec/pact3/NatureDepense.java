package fr.coopdec.pact3;

/** A budget line of a mission. Labels: {@code pact3.depense.<NAME>}. */
public enum NatureDepense {
    TRANSPORT,
    PER_DIEM,
    AUTRE
}
