package fr.coopdec.atlas;

import fr.coopdec.referential.ZoneMonde;
import fr.coopdec.shared.dashboard.DashboardScope;
import java.util.Set;

/**
 * The Atlas search, shared by the public page, the API, the charts and the exports. Null or empty
 * fields do not filter. {@code regionCode}/{@code departementCode} select the partnerships of every
 * French authority inside that région or département (its départements, EPCI and communes too).
 */
public record PartenariatFilter(
        Set<String> paysCodes,
        ZoneMonde zone,
        Long collectiviteFrancaiseId,
        Long collectivitePartenaireId,
        String regionCode,
        String departementCode,
        Set<String> thematiqueCodes,
        StatutPartenariat statut,
        NaturePartenariat nature,
        Integer anneeMin,
        Integer anneeMax,
        String texte) {

    public PartenariatFilter {
        paysCodes = paysCodes == null ? Set.of() : Set.copyOf(paysCodes);
        thematiqueCodes = thematiqueCodes == null ? Set.of() : Set.copyOf(thematiqueCodes);
        texte = texte == null || texte.isBlank() ? null : texte.trim();
    }

    public static PartenariatFilter all() {
        return builder().build();
    }

    /** The partnerships of a dashboard's scope: a country's, an authority's, or all. */
    public static PartenariatFilter inScope(DashboardScope scope) {
        Builder b = builder();
        if (scope.paysCode() != null) {
            b.pays(scope.paysCode());
        }
        if (scope.collectiviteFrancaiseId() != null) {
            b.collectiviteFrancaise(scope.collectiviteFrancaiseId());
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.paysCodes = paysCodes;
        b.zone = zone;
        b.collectiviteFrancaiseId = collectiviteFrancaiseId;
        b.collectivitePartenaireId = collectivitePartenaireId;
        b.regionCode = regionCode;
        b.departementCode = departementCode;
        b.thematiqueCodes = thematiqueCodes;
        b.statut = statut;
        b.nature = nature;
        b.anneeMin = anneeMin;
        b.anneeMax = anneeMax;
        b.texte = texte;
        return b;
    }

    /** Fluent construction, since most searches set two or three fields. */
    public static final class Builder {
        private Set<String> paysCodes = Set.of();
        private ZoneMonde zone;
        private Long collectiviteFrancaiseId;
        private Long collectivitePartenaireId;
        private String regionCode;
        private String departementCode;
        private Set<String> thematiqueCodes = Set.of();
        private StatutPartenariat statut;
        private NaturePartenariat nature;
        private Integer anneeMin;
        private Integer anneeMax;
        private String texte;

        public Builder pays(Set<String> codes) {
            this.paysCodes = codes;
            return this;
        }

        public Builder pays(String... codes) {
            this.paysCodes = Set.of(codes);
            return this;
        }

        public Builder zone(ZoneMonde zone) {
            this.zone = zone;
            return this;
        }

        public Builder collectiviteFrancaise(Long id) {
            this.collectiviteFrancaiseId = id;
            return this;
        }

        public Builder collectivitePartenaire(Long id) {
            this.collectivitePartenaireId = id;
            return this;
        }

        public Builder region(String code) {
            this.regionCode = code;
            return this;
        }

        public Builder departement(String code) {
            this.departementCode = code;
            return this;
        }

        public Builder thematiques(Set<String> codes) {
            this.thematiqueCodes = codes;
            return this;
        }

        public Builder thematiques(String... codes) {
            this.thematiqueCodes = Set.of(codes);
            return this;
        }

        public Builder statut(StatutPartenariat statut) {
            this.statut = statut;
            return this;
        }

        public Builder nature(NaturePartenariat nature) {
            this.nature = nature;
            return this;
        }

        public Builder anneeMin(Integer year) {
            this.anneeMin = year;
            return this;
        }

        public Builder anneeMax(Integer year) {
            this.anneeMax = year;
            return this;
        }

        public Builder texte(String texte) {
            this.texte = texte;
            return this;
        }

        public PartenariatFilter build() {
            return new PartenariatFilter(
                    paysCodes,
                    zone,
                    collectiviteFrancaiseId,
                    collectivitePartenaireId,
                    regionCode,
                    departementCode,
                    thematiqueCodes,
                    statut,
                    nature,
                    anneeMin,
                    anneeMax,
                    texte);
        }
    }
}
