package fr.coopdec.ficol;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One value of an eligibility rule, in force from {@code dateEffet} until the next value of the same
 * rule: a file is judged by the values in force on its submission date (today for a draft).
 */
@Entity
@Table(name = "ficol_regle")
public class RegleEligibilite extends AbstractEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 40)
    private CodeRegle code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "valeur", nullable = false, length = 200)
    private String valeur;

    @NotNull
    @Column(name = "date_effet", nullable = false)
    private LocalDate dateEffet;

    @Size(max = 500)
    @Column(name = "commentaire", length = 500)
    private String commentaire;

    protected RegleEligibilite() {}

    public RegleEligibilite(CodeRegle code, String valeur, LocalDate dateEffet) {
        this.code = code;
        this.valeur = valeur;
        this.dateEffet = dateEffet;
    }

    public static RegleEligibilite blank() {
        return new RegleEligibilite();
    }

    public CodeRegle getCode() {
        return code;
    }

    public void setCode(CodeRegle code) {
        this.code = code;
    }

    public String getValeur() {
        return valeur;
    }

    public void setValeur(String valeur) {
        this.valeur = valeur;
    }

    public LocalDate getDateEffet() {
        return dateEffet;
    }

    public void setDateEffet(LocalDate dateEffet) {
        this.dateEffet = dateEffet;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public void setCommentaire(String commentaire) {
        this.commentaire = commentaire;
    }
}
