package fr.coopdec.atlas;

/**
 * The French authority that reports a partnership's activities in the IATI export: the one stored
 * with the partnership, and the organisation identifier stored with it (both fixed once published).
 */
public record CollectiviteDeclarante(String orgRef, String nom) {}
