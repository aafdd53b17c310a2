package fr.coopdec.pact3;

/** A file's description, without its content. */
public record PieceJointeInfo(long id, String nomFichier, String typeMime, long taille) {}
