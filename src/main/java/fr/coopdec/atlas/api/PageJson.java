package fr.coopdec.atlas.api;

import java.util.List;

/** One page of results and where it stands in the whole. */
public record PageJson<T>(List<T> items, int page, int size, long totalElements, int totalPages) {
}
