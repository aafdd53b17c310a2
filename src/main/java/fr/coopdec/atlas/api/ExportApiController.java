package fr.coopdec.atlas.api;

import fr.coopdec.atlas.CsvExportService;
import fr.coopdec.atlas.IatiExportService;
import fr.coopdec.atlas.ModeExport;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatFilterParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Bulk downloads of a search: CSV for spreadsheets, IATI 2.03 XML for aid-transparency tools. Streamed. */
@RestController
@RequestMapping("/api/v1")
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
@Tag(name = "Exports", description = "Exports CSV et IATI de la recherche courante")
class ExportApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CsvExportService csv;
    private final IatiExportService iati;
    private final PartenariatFilterParams filterParams;
    private final Clock clock;

    ExportApiController(
            CsvExportService csv, IatiExportService iati, PartenariatFilterParams filterParams, Clock clock) {
        this.csv = csv;
        this.iati = iati;
        this.filterParams = filterParams;
        this.clock = clock;
    }

    @GetMapping("/partenariats.csv")
    @AvecFiltresAtlas
    @Operation(
            summary = "Export CSV (UTF-8 avec BOM, séparateur « ; ») : une ligne par partenariat ou par projet",
            responses =
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(
                            responseCode = "200",
                            description = "Le fichier CSV",
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "text/csv",
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            type = "string",
                                                            format = "binary"))))
    ResponseEntity<StreamingResponseBody> csv(
            HttpServletRequest request,
            @Parameter(description = "Une ligne par partenariat (partenariat, par défaut) ou par projet (projet)")
                    @RequestParam(defaultValue = "partenariat")
                    String par) {
        ModeExport mode =
                switch (par) {
                    case "partenariat" -> ModeExport.PARTENARIAT;
                    case "projet" -> ModeExport.PROJET;
                    default -> throw ApiException.badParameter("par", par, "api.erreur.mode");
                };
        PartenariatFilter filter = filterParams.parse(ApiRequests.params(request.getParameterMap()));
        String baseUrl =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        StreamingResponseBody body = out -> csv.write(filter, mode, baseUrl, out, rows -> {});
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(csv.fileName(mode)))
                .body(body);
    }

    @GetMapping("/iati/activites.xml")
    @AvecFiltresAtlas
    @Operation(
            summary =
                    "Activités IATI 2.03 : une activité par projet et par subvention FICOL des partenariats"
                            + " correspondant aux filtres ; 404 quand il n’y en a aucune (le schéma IATI exige au moins une activité)",
            responses =
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(
                            responseCode = "200",
                            description = "Le fichier IATI 2.03",
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/xml",
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            type = "string",
                                                            format = "binary"))))
    ResponseEntity<StreamingResponseBody> iati(HttpServletRequest request) {
        PartenariatFilter filter = filterParams.parse(ApiRequests.params(request.getParameterMap()));
        if (iati.countActivites(filter) == 0) {
            // The schema requires at least one iati-activity: an empty file would not be valid IATI.
            throw new ApiException(HttpStatus.NOT_FOUND, null, null, "api.erreur.iati-vide");
        }
        StreamingResponseBody body = out -> iati.write(filter, out);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        attachment("atlas-iati-activites-" + LocalDate.now(clock) + ".xml"))
                .body(body);
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
