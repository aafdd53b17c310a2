/**
 * Reference data every module reads: countries with their OECD DAC ODA-recipient category, French
 * local authorities (régions, départements, EPCI, communes) imported from Etalab's <i>découpage
 * administratif</i>, foreign local authorities, and cooperation themes mapped to DAC sector codes.
 * Search is accent- and case-insensitive through a normalised {@code search_text} column.
 */
package fr.coopdec.referential;
