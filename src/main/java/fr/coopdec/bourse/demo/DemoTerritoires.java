package fr.coopdec.bourse.demo;

import java.util.List;

/** Real places for the demo sheets: French communes (COG codes) and foreign towns with their population. */
final class DemoTerritoires {

    record Ville(String pays, String nom, int population) {}

    static final List<String> COMMUNES = List.of(
            "69123", "13055", "31555", "44109", "33063", "59350", "67482", "34172", "35238", "38185", "21231", "49007",
            "25056", "86194", "87085", "63113", "76540", "57463", "54395", "37261", "73065", "79191", "17300", "29019",
            "56121", "95127", "14118", "80021", "51454", "45234", "72181", "42218", "06088", "83137", "64445", "66136",
            "30189", "84007", "11069", "97411");

    static final List<Ville> VILLES = List.of(
            new Ville("BJ", "Porto-Novo", 264_000),
            new Ville("BJ", "Cotonou", 679_000),
            new Ville("BJ", "Abomey", 92_000),
            new Ville("BJ", "Ouidah", 162_000),
            new Ville("BJ", "Parakou", 255_000),
            new Ville("BJ", "Natitingou", 104_000),
            new Ville("SN", "Saint-Louis", 254_000),
            new Ville("SN", "Ziguinchor", 205_000),
            new Ville("SN", "Thiès", 317_000),
            new Ville("SN", "Dakar", 1_146_000),
            new Ville("ML", "Ségou", 133_000),
            new Ville("ML", "Kayes", 127_000),
            new Ville("BF", "Ouagadougou", 2_415_000),
            new Ville("BF", "Bobo-Dioulasso", 904_000),
            new Ville("BF", "Koudougou", 160_000),
            new Ville("MA", "Agadir", 421_000),
            new Ville("MA", "Fès", 1_112_000),
            new Ville("MA", "Chefchaouen", 42_000),
            new Ville("TN", "Sousse", 271_000),
            new Ville("TN", "Monastir", 104_000),
            new Ville("MG", "Mahajanga", 246_000),
            new Ville("MG", "Toamasina", 325_000),
            new Ville("MG", "Antsirabe", 257_000),
            new Ville("HT", "Jacmel", 50_000),
            new Ville("HT", "Cap-Haïtien", 274_000),
            new Ville("VN", "Huế", 652_000),
            new Ville("VN", "Đà Nẵng", 1_220_000),
            new Ville("CM", "Dschang", 120_000),
            new Ville("CM", "Bafoussam", 347_000),
            new Ville("LB", "Byblos", 40_000),
            new Ville("LB", "Zahlé", 150_000),
            new Ville("PS", "Bethléem", 32_000),
            new Ville("PS", "Hébron", 215_000),
            new Ville("NE", "Zinder", 322_000),
            new Ville("NE", "Agadez", 118_000),
            new Ville("TG", "Kpalimé", 75_000),
            new Ville("TG", "Sokodé", 118_000),
            new Ville("MR", "Atar", 25_000),
            new Ville("KH", "Siem Reap", 245_000),
            new Ville("KH", "Battambang", 196_000),
            new Ville("AM", "Gyumri", 112_000),
            new Ville("CI", "Bouaké", 740_000),
            new Ville("CI", "Grand-Bassam", 85_000),
            new Ville("GN", "Kindia", 181_000),
            new Ville("CD", "Lubumbashi", 2_015_000),
            new Ville("CO", "Medellín", 2_500_000),
            new Ville("LA", "Luang Prabang", 56_000));

    static final List<String> CONTACTS = List.of(
            "Camille Martin",
            "Julien Bernard",
            "Sophie Petit",
            "Nicolas Durand",
            "Claire Moreau",
            "Awa Diop",
            "Koffi Agbo",
            "Mariam Traoré",
            "Youssef El Amrani",
            "Nguyen Thi Lan",
            "Jean-Baptiste Kaboré",
            "Hery Rakoto",
            "Aïcha Moussa",
            "Rania Haddad",
            "Paul Mbarga");

    static final List<String> FONCTIONS = List.of(
            "Chargée de mission relations internationales",
            "Directeur de la coopération décentralisée",
            "Adjointe au maire aux relations internationales",
            "Secrétaire général de la commune",
            "Chargé de projets de coopération");

    static final List<String> FAITS = List.of(
            "Ville portuaire et universitaire, forte activité culturelle.",
            "Territoire rural de bocage, agriculture et agroalimentaire.",
            "Métropole régionale, pôle de santé et de recherche.",
            "Commune de montagne, tourisme et gestion de l’eau.",
            "Ville littorale exposée aux risques côtiers, pêche artisanale.",
            "Capitale régionale en forte croissance démographique.");

    private DemoTerritoires() {}
}
