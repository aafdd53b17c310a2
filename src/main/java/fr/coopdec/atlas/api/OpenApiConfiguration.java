package fr.coopdec.atlas.api;

import fr.coopdec.shared.api.ApiError;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document ({@code /v3/api-docs}) and Swagger UI of the open-data API, described in French. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI coopDecOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CoopDec — Atlas de la coopération décentralisée (données ouvertes)")
                        .version("v1")
                        .description("Partenariats entre collectivités françaises et étrangères, leurs projets et "
                                + "cofinancements. Accès anonyme, lecture seule. Exports CSV et IATI 2.03.")
                        .license(new License()
                                .name("Licence Ouverte / Open Licence 2.0 (Etalab)")
                                .url("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")))
                .components(
                        new io.swagger.v3.oas.models.Components()
                                .addSchemas(
                                        "ApiError",
                                        io.swagger.v3.core.converter.ModelConverters.getInstance()
                                                .read(ApiError.class)
                                                .get("ApiError")
                                                .description(
                                                        "Erreur : paramètre en cause, sa valeur, et une phrase en français qui dit quoi faire")));
    }

    /**
     * Every endpoint of the open API answers 400 (a bad parameter) and, for one partnership or an empty
     * IATI export, 404, both with the {@link ApiError} body.
     */
    @Bean
    OperationCustomizer erreursDocumentees() {
        return (operation, handler) -> {
            if (!handler.getBeanType().getPackageName().equals(OpenApiConfiguration.class.getPackageName())) {
                return operation;
            }
            if (operation.getResponses() == null) {
                operation.setResponses(new io.swagger.v3.oas.models.responses.ApiResponses());
            }
            operation
                    .getResponses()
                    .addApiResponse("400", error("Paramètre invalide (valeur, page, taille, années...)"));
            String name = handler.getMethod().getName();
            if (name.equals("detail") || name.equals("iati")) {
                operation
                        .getResponses()
                        .addApiResponse(
                                "404",
                                error(
                                        name.equals("detail")
                                                ? "Aucun partenariat n’a cet identifiant"
                                                : "Aucune activité ne correspond aux filtres"));
            }
            return operation;
        };
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse error(String description) {
        return new io.swagger.v3.oas.models.responses.ApiResponse()
                .description(description)
                .content(new io.swagger.v3.oas.models.media.Content()
                        .addMediaType(
                                "application/json",
                                new io.swagger.v3.oas.models.media.MediaType()
                                        .schema(new Schema<>().$ref("#/components/schemas/ApiError"))));
    }

    /** Adds the search filters to every endpoint marked {@link AvecFiltresAtlas}. */
    @Bean
    OperationCustomizer filtresAtlas() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(AvecFiltresAtlas.class)) {
                FILTRES.forEach(operation::addParametersItem);
            }
            return operation;
        };
    }

    private static final List<Parameter> FILTRES = List.of(
            query(
                    "pays",
                    "Code ISO 3166 alpha-2 du pays partenaire (répétable ou séparé par des virgules), ex. BJ",
                    list()),
            query("zone", "Zone du monde, ex. AFRIQUE_OUEST", new StringSchema()),
            query(
                    "collectivite",
                    "Clé Atlas d’une collectivité française : code COG d’une commune, SIREN d’un EPCI, "
                            + "dep-XX pour un département, reg-XX pour une région",
                    new StringSchema()),
            query("partenaire", "Identifiant d’une collectivité étrangère", new IntegerSchema()),
            query(
                    "region",
                    "Code de région : partenariats de la région et de toutes les collectivités qu’elle contient",
                    new StringSchema()),
            query(
                    "departement",
                    "Code de département : partenariats du département et de ses collectivités",
                    new StringSchema()),
            query("theme", "Code de thématique (répétable), ex. EAU_ASSAINISSEMENT", list()),
            query("statut", "Statut du partenariat : ACTIF, EN_SOMMEIL ou TERMINE", new StringSchema()),
            query(
                    "nature",
                    "Nature : COOPERATION_DECENTRALISEE, JUMELAGE, ACCORD_COOPERATION ou AUTRE",
                    new StringSchema()),
            query("debutMin", "Année de début minimale (1900–2100)", years()),
            query("debutMax", "Année de début maximale (1900–2100), au moins debutMin (sinon 400)", years()),
            query(
                    "q",
                    "Texte libre cherché dans les intitulés et descriptions des partenariats et projets",
                    new StringSchema()));

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter()
                .in("query")
                .name(name)
                .description(description)
                .required(false)
                .schema(schema);
    }

    private static Schema<?> years() {
        return new IntegerSchema()
                .minimum(java.math.BigDecimal.valueOf(1900))
                .maximum(java.math.BigDecimal.valueOf(2100));
    }

    private static Schema<?> list() {
        return new ArraySchema().items(new StringSchema());
    }
}
