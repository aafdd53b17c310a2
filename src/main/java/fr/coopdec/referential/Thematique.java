package fr.coopdec.referential;

import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.SearchText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A theme of decentralised cooperation, mapped to OECD DAC 5-digit sector (purpose) codes. */
@Entity
@Table(name = "thematique")
public class Thematique extends AbstractEntity {

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "libelle_fr", nullable = false, length = 150)
    private String libelleFr;

    @Column(name = "libelle_en", nullable = false, length = 150)
    private String libelleEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "thematique_secteur_cad", joinColumns = @JoinColumn(name = "thematique_id"))
    @Column(name = "code_cad", length = 5)
    private Set<String> codesCad = new TreeSet<>();

    @Column(name = "search_text", nullable = false, length = 400)
    private String searchText;

    protected Thematique() {}

    public Thematique(String code, String libelleFr, String libelleEn, Set<String> codesCad) {
        this.code = code;
        this.libelleFr = libelleFr;
        this.libelleEn = libelleEn;
        this.codesCad = new TreeSet<>(codesCad);
    }

    @PrePersist
    @PreUpdate
    void updateSearchText() {
        searchText = SearchText.of(code, libelleFr, libelleEn, String.join(" ", codesCad));
    }

    public String getLibelle(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? libelleEn : libelleFr;
    }

    public String getCode() {
        return code;
    }

    public String getLibelleFr() {
        return libelleFr;
    }

    public void setLibelleFr(String libelleFr) {
        this.libelleFr = libelleFr;
    }

    public String getLibelleEn() {
        return libelleEn;
    }

    public void setLibelleEn(String libelleEn) {
        this.libelleEn = libelleEn;
    }

    public Set<String> getCodesCad() {
        return codesCad;
    }

    public void setCodesCad(Set<String> codesCad) {
        this.codesCad = new TreeSet<>(codesCad);
    }

    public String getSearchText() {
        return searchText;
    }
}
