package fr.coopdec.atlas.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of results, where it stands in the whole, and the links to the neighbouring pages. */
public record PageJson<T>(List<T> items, int page, int size, long totalElements, int totalPages, Liens liens) {

    /** Absolute links with the same filters; {@code precedente}/{@code suivante} are null at either end. */
    @Schema(description = "Liens vers la première, la précédente, la suivante et la dernière page (mêmes filtres)")
    public record Liens(String premiere, String precedente, String suivante, String derniere) {}
}
