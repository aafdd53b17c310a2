package fr.coopdec.referential;

import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.SearchText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A French local authority from the Etalab <i>découpage administratif</i>. Parents are kept as codes
 * (stable across re-imports) so that "everything inside a région" is one indexed query.
 * The code is the COG/INSEE code, or the SIREN for an EPCI and for a grouping (syndicat, association
 * of authorities, public body: recorded by DAECT, with its member authorities).
 */
@Entity
@Table(name = "collectivite_francaise")
public class CollectiviteFrancaise extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private TypeCollectiviteFrancaise type;

    @Column(name = "code", nullable = false, length = 10)
    private String code;

    @Column(name = "nom", nullable = false, length = 200)
    private String nom;

    @Column(name = "siren", length = 9)
    private String siren;

    @Column(name = "nature_juridique", length = 10)
    private String natureJuridique;

    @Column(name = "population")
    private Integer population;

    /** Postcodes separated by spaces. */
    @Column(name = "codes_postaux", length = 1000)
    private String codesPostaux;

    @Column(name = "region_code", length = 3)
    private String regionCode;

    @Column(name = "departement_code", length = 3)
    private String departementCode;

    @Column(name = "epci_siren", length = 9)
    private String epciSiren;

    @Column(name = "search_text", nullable = false, length = 1500)
    private String searchText;

    /** For a grouping: the ids of its member authorities. */
    @ElementCollection
    @CollectionTable(name = "collectivite_francaise_membre", joinColumns = @JoinColumn(name = "groupement_id"))
    @Column(name = "membre_id")
    private Set<Long> membres = new HashSet<>();

    static final String PREFIXE_GROUPEMENT = "grp-";

    protected CollectiviteFrancaise() {}

    public CollectiviteFrancaise(TypeCollectiviteFrancaise type, String code, String nom) {
        this.type = type;
        this.code = code;
        this.nom = nom;
    }

    @PrePersist
    @PreUpdate
    void updateSearchText() {
        searchText = SearchText.of(nom, code, siren, codesPostaux);
    }

    public TypeCollectiviteFrancaise getType() {
        return type;
    }

    public String getCode() {
        return code;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getNatureJuridique() {
        return natureJuridique;
    }

    public void setNatureJuridique(String natureJuridique) {
        this.natureJuridique = natureJuridique;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public String getCodesPostaux() {
        return codesPostaux;
    }

    public void setCodesPostaux(String codesPostaux) {
        this.codesPostaux = codesPostaux;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getDepartementCode() {
        return departementCode;
    }

    public void setDepartementCode(String departementCode) {
        this.departementCode = departementCode;
    }

    public String getEpciSiren() {
        return epciSiren;
    }

    public void setEpciSiren(String epciSiren) {
        this.epciSiren = epciSiren;
    }

    public String getSearchText() {
        return searchText;
    }

    public Set<Long> getMembres() {
        return membres;
    }

    void setMembres(Set<Long> membres) {
        this.membres = new HashSet<>(membres);
    }

    /**
     * The key of the authority in Atlas URLs ({@code /atlas/collectivites/{cle}}): the COG code of a
     * commune, the SIREN of an EPCI, "dep-42" for a département, "reg-84" for a région (région and
     * département codes overlap, hence the prefixes), "grp-" and the SIREN for a grouping.
     */
    public String getCleAtlas() {
        return switch (type) {
            case REGION -> "reg-" + code;
            case DEPARTEMENT -> "dep-" + code;
            case EPCI, COMMUNE -> code;
            case SYNDICAT, ASSOCIATION, ETABLISSEMENT_PUBLIC -> PREFIXE_GROUPEMENT + code;
        };
    }

    /** "Saint-Étienne (42218)": how people recognise an authority in a list. */
    public String getLibelle() {
        return nom + " (" + code + ")";
    }
}
