package fr.coopdec.assises.api;

import fr.coopdec.assises.ChampInvalide;
import fr.coopdec.assises.DemandeInscription;
import fr.coopdec.assises.InscriptionService;
import fr.coopdec.assises.InscriptionsFermees;
import fr.coopdec.assises.ResultatInscription;
import fr.coopdec.assises.SessionComplete;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.abuse.LimiteurAnonyme;
import fr.coopdec.shared.abuse.TropDeDemandes;
import fr.coopdec.shared.api.ApiError;
import fr.coopdec.shared.api.ApiMessages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration from organisers' own websites: the same rules as the public form (capacity held by the
 * database, waitlist, delegations). Anonymous; CSRF does not apply to /api/** (SecurityConfiguration).
 */
@RestController
@RequestMapping(path = "/api/v1/evenements", produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = RequestMethod.POST)
@Tag(name = "Assises — inscriptions", description = "Inscription publique à un événement (Assises)")
class InscriptionApiController {

    private final InscriptionService inscriptions;
    private final LimiteurAnonyme limiteur;

    InscriptionApiController(InscriptionService inscriptions, LimiteurAnonyme limiteur) {
        this.inscriptions = inscriptions;
        this.limiteur = limiteur;
    }

    @PostMapping(path = "/{id}/inscriptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Inscrit une personne ou une délégation à l’événement",
            description = "Chaque participant obtient une place (CONFIRMEE, ou A_VALIDER si l’organisateur valide "
                    + "les inscriptions) tant qu’il en reste ; sinon, si accepteAttente vaut true, il est placé sur la "
                    + "liste d’attente (EN_ATTENTE) et promu automatiquement, dans l’ordre, quand une place se libère. "
                    + "La capacité est garantie par la base de données, même sous forte concurrence.",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "Inscription(s) enregistrée(s), avec le jeton du lien personnel"),
                @ApiResponse(
                        responseCode = "200",
                        description = "Toutes les personnes étaient déjà inscrites (même adresse, "
                                + "sans tenir compte des majuscules) : dejaInscrit vaut true, le statut est celui de l’inscription "
                                + "existante, sans jeton ; le lien personnel a été renvoyé par courriel à chacune"),
                @ApiResponse(
                        responseCode = "400",
                        description = "Champ invalide ; « parametre » le nomme (ex. participants[0].email)",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(
                        responseCode = "404",
                        description = "Événement inconnu",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(
                        responseCode = "429",
                        description = "Trop d’inscriptions depuis la même adresse ou pour "
                                + "l’événement (limites coopdec.abuse.*) ; l’en-tête Retry-After donne l’attente en secondes ; rien "
                                + "n’est enregistré",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(
                        responseCode = "409",
                        description = "L’événement ou une session choisie est complet et "
                                + "accepteAttente vaut false, ou les inscriptions ne sont pas ouvertes (avant la date d’ouverture, "
                                + "à partir de la date de clôture — par défaut le premier jour de l’événement — ou événement terminé) ; "
                                + "rien n’est enregistré",
                        content = @Content(schema = @Schema(implementation = ApiError.class)))
            })
    ResponseEntity<ResultatInscription> inscrire(
            @Parameter(description = "Identifiant de l’événement") @PathVariable long id,
            @RequestBody DemandeInscription demande,
            HttpServletRequest request) {
        int personnes = demande == null || demande.participants() == null
                ? 1
                : demande.participants().size();
        // A request over the absolute maximum is refused as invalid (400) by the service and stores
        // nothing: it takes no tokens, so the client learns what is wrong rather than "too many".
        if (personnes <= DemandeInscription.MAX_PARTICIPANTS) {
            limiteur.inscription(request.getRemoteAddr(), id, personnes);
        }
        ResultatInscription resultat = inscriptions.inscrire(id, demande, request.getRemoteAddr());
        boolean nouvelle = resultat.lignes().stream().anyMatch(l -> !l.dejaInscrit());
        return ResponseEntity.status(nouvelle ? HttpStatus.CREATED : HttpStatus.OK)
                .body(resultat);
    }

    /** A rate limit: 429 with Retry-After (seconds) and a sentence in the caller's language. */
    @ExceptionHandler(TropDeDemandes.class)
    ResponseEntity<ApiError> tropDeDemandes(TropDeDemandes e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.getRetryAfterSeconds()))
                .body(new ApiError(null, null, translate(e)));
    }

    @ExceptionHandler(ChampInvalide.class)
    ResponseEntity<ApiError> champ(ChampInvalide e) {
        return ResponseEntity.badRequest().body(new ApiError(e.getChamp(), e.getValeur(), translate(e)));
    }

    @ExceptionHandler(SessionComplete.class)
    ResponseEntity<ApiError> complet(SessionComplete e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new ApiError(
                        e.getSessionId() == null ? "evenement" : "sessions",
                        e.getSessionId() == null ? null : String.valueOf(e.getSessionId()),
                        translate(e)));
    }

    @ExceptionHandler(InscriptionsFermees.class)
    ResponseEntity<ApiError> fermees(InscriptionsFermees e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("evenement", null, translate(e)));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ApiError> metier(BusinessException e) {
        HttpStatus status = "assises.erreur.evenement-introuvable".equals(e.getMessageKey())
                ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .body(new ApiError(status == HttpStatus.NOT_FOUND ? "id" : null, null, translate(e)));
    }

    /** In the caller's language (French unless Accept-Language prefers English). */
    private static String translate(BusinessException e) {
        return ApiMessages.translate(e.getMessageKey(), e.getArguments());
    }
}
