package fr.coopdec.assises.demo;

import java.util.List;

/**
 * The programme of the demo event, after the themes of the Franco-Beninese Assises of decentralised
 * cooperation (Cotonou, 4–5 November 2016). Session titles follow the three published objectives;
 * speakers are illustrative (roles of the institutions present, invented names), not a record.
 */
final class CotonouProgramme {

    record Orateur(String nom, String organisation, String fonction) {}

    record Session(
            String titre,
            String type,
            String salle,
            int jour,
            String debut,
            String fin,
            int capacite,
            List<Orateur> orateurs) {}

    static final String TITRE = "Assises de la coopération décentralisée franco-béninoise";
    static final String LIEU = "Palais des Congrès, Cotonou (Bénin)";
    static final String ORGANISATEURS = "Ministère de l’Europe et des Affaires étrangères (DAECT), ministère béninois "
            + "de la Décentralisation et de la Gouvernance locale, Association nationale des communes du Bénin (ANCB), "
            + "Cités Unies France";
    static final String OBJECTIFS =
            """
            Rendre les services publics locaux plus efficaces (eau, assainissement, état civil, déchets)
            Atténuer le changement climatique et s’y adapter dans les territoires
            Associer les acteurs économiques et la société civile à la coopération décentralisée""";

    private static final Orateur DAECT = new Orateur(
            "Hélène Marchal", "MEAE — DAECT", "Déléguée pour l’action extérieure des collectivités territoriales");
    private static final Orateur MDGL = new Orateur(
            "Rodrigue Adjovi", "Ministère de la Décentralisation et de la Gouvernance locale", "Directeur général");
    private static final Orateur ANCB = new Orateur("Léonce Houngbadji", "ANCB", "Président");
    private static final Orateur CUF =
            new Orateur("Sophie Lambert", "Cités Unies France", "Responsable du groupe-pays Bénin");
    private static final Orateur AFD = new Orateur("Marc Fournier", "AFD, agence de Cotonou", "Directeur d’agence");
    private static final Orateur UE =
            new Orateur("Katrin Vogel", "Délégation de l’Union européenne au Bénin", "Chargée de programmes");
    private static final Orateur LYON =
            new Orateur("Anne Girard", "Ville de Lyon", "Adjointe aux relations internationales");
    private static final Orateur PORTO_NOVO = new Orateur("Emmanuel Zossou", "Ville de Porto-Novo", "Maire");
    private static final Orateur CCI =
            new Orateur("Félicienne Dossou", "CCI Bénin", "Chargée des relations avec les collectivités");
    private static final Orateur ONG =
            new Orateur("Gérard Akpo", "Plateforme de la société civile du Bénin", "Coordonnateur");
    private static final Orateur CLIMAT =
            new Orateur("Pauline Chevalier", "Région Nouvelle-Aquitaine", "Chargée de mission climat");
    private static final Orateur FV = new Orateur("Thomas Renaud", "France Volontaires", "Représentant au Bénin");

    static final List<Session> SESSIONS = List.of(
            new Session(
                    "Plénière d’ouverture",
                    "PLENIERE",
                    "Grande salle",
                    0,
                    "09:00",
                    "10:30",
                    300,
                    List.of(DAECT, MDGL, ANCB)),
            new Session(
                    "Atelier 1 — Des services publics locaux plus efficaces : eau, assainissement, état civil",
                    "ATELIER",
                    "Salle Atacora",
                    0,
                    "11:00",
                    "13:00",
                    90,
                    List.of(LYON, PORTO_NOVO, AFD)),
            new Session(
                    "Atelier 2 — Atténuer le changement climatique et s’y adapter",
                    "ATELIER",
                    "Salle Mono",
                    0,
                    "11:00",
                    "13:00",
                    90,
                    List.of(CLIMAT, UE)),
            new Session(
                    "Atelier 3 — Associer les acteurs économiques et la société civile",
                    "ATELIER",
                    "Salle Ouémé",
                    0,
                    "11:00",
                    "13:00",
                    90,
                    List.of(CCI, ONG)),
            new Session(
                    "Rencontre AFD – collectivités : cofinancer avec la FICOL",
                    "SIDE_EVENT",
                    "Salle Zou",
                    0,
                    "13:15",
                    "14:15",
                    40,
                    List.of(AFD)),
            new Session(
                    "Atelier 4 — Financer la coopération décentralisée : appels à projets, FICOL, fonds européens",
                    "ATELIER",
                    "Salle Atacora",
                    0,
                    "14:30",
                    "16:30",
                    90,
                    List.of(DAECT, UE, AFD)),
            new Session(
                    "Atelier 5 — Jeunesse, volontariat et réciprocité",
                    "ATELIER",
                    "Salle Mono",
                    0,
                    "14:30",
                    "16:30",
                    90,
                    List.of(FV, CUF)),
            new Session(
                    "Réunion du groupe-pays Bénin de Cités Unies France avec l’ANCB",
                    "SIDE_EVENT",
                    "Salle Zou",
                    0,
                    "17:00",
                    "18:00",
                    40,
                    List.of(CUF, ANCB)),
            new Session(
                    "Plénière — Restitution des ateliers",
                    "PLENIERE",
                    "Grande salle",
                    1,
                    "09:00",
                    "11:00",
                    300,
                    List.of(CUF, ONG)),
            new Session(
                    "Atelier 6 — Développement économique local et filières agricoles",
                    "ATELIER",
                    "Salle Ouémé",
                    1,
                    "11:15",
                    "12:45",
                    90,
                    List.of(CCI, PORTO_NOVO)),
            new Session(
                    "Plénière de clôture — Feuille de route de Cotonou",
                    "PLENIERE",
                    "Grande salle",
                    1,
                    "14:00",
                    "15:30",
                    300,
                    List.of(DAECT, MDGL, ANCB)));

    private CotonouProgramme() {}
}
