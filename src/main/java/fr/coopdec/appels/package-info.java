/**
 * Appels à projets DAECT: DAECT's own calls for projects (annual, triennial, thematic; the youth call is
 * one more kind, managed in Jeunesse and listed here through {@code shared.crossmodule.YouthCalls}).
 * DAECT (ADMIN) opens a call with its dates and budget envelope; a French local authority or grouping
 * (COLLECTIVITE) applies on one of its own Atlas partnerships with a financing plan by expense category
 * and year; DAECT instructs and decides, the envelope never exceeded even under concurrent decisions.
 * A grant becomes DAECT money on the partnership's Atlas record ({@code atlas.IatiFundingSource}) and
 * on the DAECT dashboard, and FICOL checks its plans against the expenses DAECT funds
 * ({@code shared.crossmodule.DaectFundedExpenses}). Embassy posts read the applications of their country.
 */
package fr.coopdec.appels;
