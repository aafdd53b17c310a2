package fr.coopdec.referential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.validator.constraints.LuhnCheck;

/**
 * What DAECT enters to record a grouping that may apply like an authority (FICOL is open to
 * "collectivités et leurs groupements", collectives of authorities and their public bodies).
 * A SIREN is nine digits with a Luhn check digit.
 */
public class NouveauGroupement {

    @NotNull(message = "{referential.groupement.type.required}")
    private TypeCollectiviteFrancaise type;

    @NotBlank(message = "{referential.groupement.nom.required}")
    @Size(max = 200)
    private String nom;

    @NotBlank(message = "{referential.groupement.siren.required}")
    @Pattern(regexp = "\\d{9}", message = "{referential.groupement.siren.invalid}")
    @LuhnCheck(message = "{referential.groupement.siren.invalid}")
    private String siren;

    @NotEmpty(message = "{referential.groupement.membres.required}")
    private Set<CollectiviteFrancaise> membres = new HashSet<>();

    public TypeCollectiviteFrancaise getType() {
        return type;
    }

    public void setType(TypeCollectiviteFrancaise type) {
        this.type = type;
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
        this.siren = siren == null ? null : siren.replace(" ", "");
    }

    public Set<CollectiviteFrancaise> getMembres() {
        return membres;
    }

    public void setMembres(Set<CollectiviteFrancaise> membres) {
        this.membres = new HashSet<>(membres);
    }
}
