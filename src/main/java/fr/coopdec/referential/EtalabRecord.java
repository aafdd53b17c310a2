package fr.coopdec.referential;

import java.util.Objects;

/** One French authority as the Etalab files describe it, ready to compare with the database. */
record EtalabRecord(
        TypeCollectiviteFrancaise type,
        String code,
        String nom,
        String siren,
        String natureJuridique,
        Integer population,
        String codesPostaux,
        String regionCode,
        String departementCode,
        String epciSiren) {

    CollectiviteFrancaise toEntity() {
        CollectiviteFrancaise entity = new CollectiviteFrancaise(type, code, nom);
        applyTo(entity);
        return entity;
    }

    boolean sameAs(CollectiviteFrancaise entity) {
        return Objects.equals(nom, entity.getNom())
                && Objects.equals(siren, entity.getSiren())
                && Objects.equals(natureJuridique, entity.getNatureJuridique())
                && Objects.equals(population, entity.getPopulation())
                && Objects.equals(codesPostaux, entity.getCodesPostaux())
                && Objects.equals(regionCode, entity.getRegionCode())
                && Objects.equals(departementCode, entity.getDepartementCode())
                && Objects.equals(epciSiren, entity.getEpciSiren());
    }

    void applyTo(CollectiviteFrancaise entity) {
        entity.setNom(nom);
        entity.setSiren(siren);
        entity.setNatureJuridique(natureJuridique);
        entity.setPopulation(population);
        entity.setCodesPostaux(codesPostaux);
        entity.setRegionCode(regionCode);
        entity.setDepartementCode(departementCode);
        entity.setEpciSiren(epciSiren);
    }
}
