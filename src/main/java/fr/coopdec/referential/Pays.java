package fr.coopdec.referential;

import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.SearchText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

@Entity
@Table(name = "pays")
public class Pays extends AbstractEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}", message = "{referential.pays.alpha2.invalid}")
    @Column(name = "code_alpha2", nullable = false, unique = true, length = 2)
    private String codeAlpha2;

    @NotBlank
    @Pattern(regexp = "[A-Z]{3}", message = "{referential.pays.alpha3.invalid}")
    @Column(name = "code_alpha3", nullable = false, unique = true, length = 3)
    private String codeAlpha3;

    @Pattern(regexp = "\\d{3}", message = "{referential.pays.numeric.invalid}")
    @Column(name = "code_numerique", length = 3)
    private String codeNumerique;

    @NotBlank
    @Size(max = 100)
    @Column(name = "nom_fr", nullable = false, length = 100)
    private String nomFr;

    @NotBlank
    @Size(max = 100)
    @Column(name = "nom_en", nullable = false, length = 100)
    private String nomEn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "zone", nullable = false, length = 40)
    private ZoneMonde zone;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "categorie_cad", nullable = false, length = 10)
    private CategorieCad categorieCad;

    @Size(max = 300)
    @Column(name = "categorie_cad_source", length = 300)
    private String categorieCadSource;

    @Column(name = "categorie_cad_annee")
    private Integer categorieCadAnnee;

    @Column(name = "search_text", nullable = false, length = 400)
    private String searchText;

    protected Pays() {}

    public Pays(
            String codeAlpha2,
            String codeAlpha3,
            String nomFr,
            String nomEn,
            ZoneMonde zone,
            CategorieCad categorieCad) {
        this.codeAlpha2 = codeAlpha2;
        this.codeAlpha3 = codeAlpha3;
        this.nomFr = nomFr;
        this.nomEn = nomEn;
        this.zone = zone;
        this.categorieCad = categorieCad;
    }

    @PrePersist
    @PreUpdate
    void updateSearchText() {
        searchText = SearchText.of(codeAlpha2, codeAlpha3, nomFr, nomEn);
    }

    /** The name in the user's language (French unless English is asked for). */
    public String getNom(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nomEn : nomFr;
    }

    public String getCodeAlpha2() {
        return codeAlpha2;
    }

    public void setCodeAlpha2(String codeAlpha2) {
        this.codeAlpha2 = codeAlpha2;
    }

    public String getCodeAlpha3() {
        return codeAlpha3;
    }

    public void setCodeAlpha3(String codeAlpha3) {
        this.codeAlpha3 = codeAlpha3;
    }

    public String getCodeNumerique() {
        return codeNumerique;
    }

    public void setCodeNumerique(String codeNumerique) {
        this.codeNumerique = codeNumerique;
    }

    public String getNomFr() {
        return nomFr;
    }

    public void setNomFr(String nomFr) {
        this.nomFr = nomFr;
    }

    public String getNomEn() {
        return nomEn;
    }

    public void setNomEn(String nomEn) {
        this.nomEn = nomEn;
    }

    public ZoneMonde getZone() {
        return zone;
    }

    public void setZone(ZoneMonde zone) {
        this.zone = zone;
    }

    public CategorieCad getCategorieCad() {
        return categorieCad;
    }

    public void setCategorieCad(CategorieCad categorieCad) {
        this.categorieCad = categorieCad;
    }

    public String getCategorieCadSource() {
        return categorieCadSource;
    }

    public void setCategorieCadSource(String categorieCadSource) {
        this.categorieCadSource = categorieCadSource;
    }

    public Integer getCategorieCadAnnee() {
        return categorieCadAnnee;
    }

    public void setCategorieCadAnnee(Integer categorieCadAnnee) {
        this.categorieCadAnnee = categorieCadAnnee;
    }

    public String getSearchText() {
        return searchText;
    }
}
