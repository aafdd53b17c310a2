package fr.coopdec.assises;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One person of a registration request (a delegation sends several). */
public record Participant(
        @NotBlank(message = "{assises.validation.required}") @Size(max = 120) String prenom,
        @NotBlank(message = "{assises.validation.required}") @Size(max = 120) String nom,
        @NotBlank(message = "{assises.validation.required}")
                @Email(message = "{assises.validation.email}")
                @Size(max = 254)
                String email,
        @NotBlank(message = "{assises.validation.required}") @Size(max = 300) String organisation,
        @NotNull(message = "{assises.validation.required}") CategorieParticipant categorie,
        Long collectiviteFrancaiseId,
        Long collectivitePartenaireId,
        @Size(max = 1000) String accessibilite) {}
