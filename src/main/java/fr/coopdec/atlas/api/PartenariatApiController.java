package fr.coopdec.atlas.api;

import fr.coopdec.atlas.Agregat;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.FinancementsExternes;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatFilterParams;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.TranslationProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Atlas as open data: anyone may list, read and count the partnerships (no sign-in). */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
@Tag(name = "Partenariats", description = "Recherche, détail et statistiques des partenariats de l’Atlas")
class PartenariatApiController {

    private final AtlasQueries queries;
    private final PartenariatService service;
    private final PartenariatFilterParams filterParams;
    private final ReferentialQueries referential;
    private final FinancementsExternes financements;

    PartenariatApiController(
            AtlasQueries queries,
            PartenariatService service,
            PartenariatFilterParams filterParams,
            ReferentialQueries referential,
            FinancementsExternes financements) {
        this.financements = financements;
        this.queries = queries;
        this.service = service;
        this.filterParams = filterParams;
        this.referential = referential;
    }

    @GetMapping("/partenariats")
    @AvecFiltresAtlas
    @Operation(summary = "Liste paginée des partenariats correspondant aux filtres (ordre stable : par identifiant)")
    // "sort" is read from the request itself: Spring would split "intitule,desc" into two values.
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            array = @ArraySchema(schema = @Schema(type = "string")),
            description = "Tri : id, intitule, anneeDebut, derniereMiseAJour ou statut, suivi de ,asc ou ,desc"
                    + " (répétable) ; par défaut par identifiant")
    PageJson<PartenariatJson> list(
            HttpServletRequest request,
            @Parameter(
                            description = "Numéro de page, à partir de 0",
                            schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "Taille de page, de 1 à 200 (20 par défaut)",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "20"))
                    @RequestParam(required = false)
                    String size) {
        String[] sort = request.getParameterValues("sort");
        var pageRequest = ApiRequests.pageRequest(page, size, sort == null ? List.of() : List.of(sort));
        PartenariatFilter filter = filterParams.parse(ApiRequests.params(request.getParameterMap()));
        Page<PartenariatResume> result = queries.search(filter, pageRequest);
        Map<String, Thematique> themes = themes();
        return new PageJson<>(
                result.getContent().stream()
                        .map(p -> AtlasJsonMapper.item(p, themes))
                        .toList(),
                pageRequest.getPageNumber(),
                pageRequest.getPageSize(),
                result.getTotalElements(),
                result.getTotalPages(),
                ApiRequests.liens(pageRequest.getPageNumber(), result.getTotalPages()));
    }

    @GetMapping("/partenariats/{id}")
    @Operation(
            summary =
                    "Un partenariat, ses projets et leurs cofinancements, ses subventions FICOL et leurs versements (contacts : fonctions seulement)")
    PartenariatDetailJson detail(@Parameter(description = "Identifiant du partenariat") @PathVariable long id) {
        return service.findDetail(id)
                .map(p -> AtlasJsonMapper.detail(p, financements.of(id)))
                .orElseThrow(() -> new ApiException(
                        HttpStatus.NOT_FOUND, "id", String.valueOf(id), "api.erreur.introuvable", String.valueOf(id)));
    }

    @GetMapping("/statistiques")
    @AvecFiltresAtlas
    @Operation(
            summary = "Nombre de partenariats par pays, thématique, année de début, région française ou zone du monde")
    StatistiquesJson statistiques(
            HttpServletRequest request,
            @Parameter(description = "Dimension : pays, theme, annee, region ou zone") @RequestParam String par) {
        Function<PartenariatFilter, List<Agregat>> aggregate =
                switch (par) {
                    case "pays" -> queries::parPays;
                    case "theme" -> queries::parThematique;
                    case "annee" -> queries::parAnnee;
                    case "region" -> queries::parRegion;
                    case "zone" -> queries::parZone;
                    default -> throw ApiException.badParameter("par", par, "api.erreur.par");
                };
        PartenariatFilter filter = filterParams.parse(ApiRequests.params(request.getParameterMap()));
        List<StatistiquesJson.Ligne> lignes = aggregate.apply(filter).stream()
                .map(a -> new StatistiquesJson.Ligne(
                        a.cle(),
                        par.equals("zone") && a.cle() != null
                                ? TranslationProvider.translate(
                                        "referential.zone." + a.cle(), TranslationProvider.FRENCH)
                                : a.libelleFr(),
                        a.nombre()))
                .toList();
        return new StatistiquesJson(par, queries.count(filter), lignes);
    }

    private Map<String, Thematique> themes() {
        return referential.allThematiques().stream()
                .collect(Collectors.toMap(Thematique::getCode, Function.identity()));
    }
}
