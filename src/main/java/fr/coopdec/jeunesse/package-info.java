/**
 * Jeunesse / réciprocité: young volunteers sent abroad by French local authorities and young people
 * from their partners hosted in France "in reciprocity", the placements (missions) that tie them to an
 * Atlas partnership and to a grant of DAECT's youth call for projects, the reciprocity balance and the
 * leverage figures (mobilities per €10,000 of grant), visa invitation letters, and the volunteers'
 * personal-data rights (consent, automatic anonymisation after the retention period, export, erasure).
 * France Volontaires (VOLONTARIAT) manages everything; a local authority sees its own placements, an
 * embassy post those of its country; the public sees only anonymous totals.
 */
package fr.coopdec.jeunesse;
