package fr.coopdec.atlas.api;

import java.util.List;

/** Partnerships counted by one dimension (country, theme, year, région, zone), for the current filters. */
public record StatistiquesJson(String par, long total, List<Ligne> lignes) {

    public record Ligne(String cle, String libelle, long nombre) {}
}
