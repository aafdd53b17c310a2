package fr.coopdec.pact3;

/**
 * One line of a call's ranking: an application, the mean of its jurors' weighted averages (null
 * before any score), how many jurors scored it out of how many assigned, and its rank (1 = best).
 */
public record Classement(Candidature candidature, Double moyenne, int notes, int jures, int rang) {}
