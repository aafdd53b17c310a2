package fr.coopdec.atlas.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that reads the Atlas search filters from the query string (through
 * {@code PartenariatFilterParams}); {@link OpenApiConfiguration} documents those parameters on it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface AvecFiltresAtlas {}
