package fr.coopdec.bench;

/** The map and chart aggregates written as the simplest raw SQL, the baseline of the benchmark. */
final class RawAggregates {

    static final String PAYS = "SELECT py.code_alpha2, py.nom_fr, py.nom_en, COUNT(*) FROM partenariat p"
            + " JOIN pays py ON py.id = p.pays_id GROUP BY py.id, py.code_alpha2, py.nom_fr, py.nom_en ORDER BY COUNT(*) DESC";
    static final String THEME = "SELECT t.code, t.libelle_fr, t.libelle_en, COUNT(*) FROM partenariat_thematique pt"
            + " JOIN thematique t ON t.id = pt.thematique_id GROUP BY t.id, t.code, t.libelle_fr, t.libelle_en"
            + " ORDER BY COUNT(*) DESC";
    static final String ZONE = "SELECT py.zone, COUNT(*) FROM partenariat p JOIN pays py ON py.id = p.pays_id"
            + " GROUP BY py.zone ORDER BY COUNT(*) DESC";
    static final String ANNEE =
            "SELECT annee_debut, COUNT(*) FROM partenariat GROUP BY annee_debut ORDER BY annee_debut";
    static final String REGION = "SELECT r.code, r.nom, COUNT(DISTINCT x.partenariat_id)"
            + " FROM partenariat_collectivite_francaise x JOIN collectivite_francaise c ON c.id = x.collectivite_francaise_id"
            + " JOIN collectivite_francaise r ON r.type = 'REGION'"
            + " AND r.code = CASE WHEN c.type = 'REGION' THEN c.code ELSE c.region_code END"
            + " GROUP BY r.id, r.code, r.nom ORDER BY COUNT(DISTINCT x.partenariat_id) DESC";

    private RawAggregates() {}
}
