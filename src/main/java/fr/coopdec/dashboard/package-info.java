/**
 * DAECT's dashboard: one linked view of authorities, partnerships, funding, volunteers and events.
 * It owns no table: every module contributes its key figures, yearly trends, alerts and an
 * authority's records through {@link fr.coopdec.shared.dashboard.KeyFigureSource} beans, each figure
 * one SQL query in the module that owns the data; this package picks the scope from the signed-in
 * user (DAECT all, an embassy post its country, an authority itself) and lays them out, with CSV and
 * a one-page PDF per country.
 */
package fr.coopdec.dashboard;
