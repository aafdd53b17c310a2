package fr.coopdec.assises.api;

import fr.coopdec.assises.ChampInvalide;
import fr.coopdec.assises.DemandeInscription;
import fr.coopdec.assises.InscriptionService;
import fr.coopdec.assises.InscriptionsFermees;
import fr.coopdec.assises.ResultatInscription;
import fr.coopdec.assises.SessionComplete;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.TranslationProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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

    InscriptionApiController(InscriptionService inscriptions) {
        this.inscriptions = inscriptions;
    }

    @PostMapping(path = "/{id}/inscriptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Inscrit une personne ou une délégation à l’événement",
            description = "Chaque participant obtient une place (CONFIRMEE, ou A_VALIDER si l’organisateur valide "
                    + "les inscriptions) tant qu’il en reste ; sinon, si accepteAttente vaut true, il est placé sur la "
                    + "liste d’attente (EN_ATTENTE) et promu automatiquement, dans l’ordre, quand une place se libère. "
                    + "La capacité est garantie par la base de données, même sous forte concurrence.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Inscription(s) enregistrée(s), avec le jeton du lien personnel"),
                    @ApiResponse(responseCode = "200", description = "Toutes les personnes étaient déjà inscrites (même adresse, "
                            + "sans tenir compte des majuscules) : dejaInscrit vaut true, le statut est celui de l’inscription "
                            + "existante, sans jeton ; le lien personnel a été renvoyé par courriel à chacune"),
                    @ApiResponse(responseCode = "400", description = "Champ invalide ; « parametre » le nomme (ex. participants[0].email)",
                            content = @Content(schema = @Schema(implementation = ErreurJson.class))),
                    @ApiResponse(responseCode = "404", description = "Événement inconnu",
                            content = @Content(schema = @Schema(implementation = ErreurJson.class))),
                    @ApiResponse(responseCode = "409", description = "L’événement ou une session choisie est complet et "
                            + "accepteAttente vaut false, ou les inscriptions ne sont pas ouvertes (avant la date d’ouverture, "
                            + "à partir de la date de clôture — par défaut le premier jour de l’événement — ou événement terminé) ; "
                            + "rien n’est enregistré", content = @Content(schema = @Schema(implementation = ErreurJson.class)))})
    ResponseEntity<ResultatInscription> inscrire(@Parameter(description = "Identifiant de l’événement") @PathVariable long id,
                                                 @RequestBody DemandeInscription demande) {
        ResultatInscription resultat = inscriptions.inscrire(id, demande);
        boolean nouvelle = resultat.lignes().stream().anyMatch(l -> !l.dejaInscrit());
        return ResponseEntity.status(nouvelle ? HttpStatus.CREATED : HttpStatus.OK).body(resultat);
    }

    /** The body of an error: the field at fault, its value, a French sentence. */
    record ErreurJson(String parametre, String valeur, String message) {
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ErreurJson> invalide(ConstraintViolationException e) {
        ConstraintViolation<?> v = e.getConstraintViolations().stream()
                .min(Comparator.comparing(x -> x.getPropertyPath().toString())).orElseThrow();
        return ResponseEntity.badRequest().body(new ErreurJson(v.getPropertyPath().toString()
                .replace(".<list element>", "").replaceAll("<list element>", ""),
                v.getInvalidValue() == null ? null : String.valueOf(v.getInvalidValue()), v.getMessage()));
    }

    @ExceptionHandler(ChampInvalide.class)
    ResponseEntity<ErreurJson> champ(ChampInvalide e) {
        return ResponseEntity.badRequest().body(new ErreurJson(e.getChamp(), e.getValeur(), french(e)));
    }

    @ExceptionHandler(SessionComplete.class)
    ResponseEntity<ErreurJson> complet(SessionComplete e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ErreurJson(e.getSessionId() == null ? "evenement" : "sessions",
                e.getSessionId() == null ? null : String.valueOf(e.getSessionId()), french(e)));
    }

    @ExceptionHandler(InscriptionsFermees.class)
    ResponseEntity<ErreurJson> fermees(InscriptionsFermees e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ErreurJson("evenement", null, french(e)));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ErreurJson> metier(BusinessException e) {
        HttpStatus status = "assises.erreur.evenement-introuvable".equals(e.getMessageKey()) ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(new ErreurJson(status == HttpStatus.NOT_FOUND ? "id" : null, null, french(e)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErreurJson> illisible(HttpMessageNotReadableException e) {
        String champ = e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException m
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b) : null;
        return ResponseEntity.badRequest().body(new ErreurJson(champ, null,
                TranslationProvider.translate("assises.api.illisible", TranslationProvider.FRENCH)));
    }

    private static String french(BusinessException e) {
        return TranslationProvider.translate(e.getMessageKey(), TranslationProvider.FRENCH, e.getArguments());
    }
}
