package fr.coopdec.bourse;

/** An attachment as uploaded: the name the sender gave it and its bytes. */
public record PieceEnvoyee(String nom, byte[] contenu) {}
