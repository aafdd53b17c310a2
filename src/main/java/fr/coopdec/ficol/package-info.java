/**
 * FICOL: AFD's facility co-financing French local authorities' projects in least developed and
 * middle-income countries. An authority (alone or leading a group) applies for a project tied to one of
 * its Atlas partnerships; eligibility is checked against dated rules DAECT edits ({@link
 * fr.coopdec.ficol.RegleEligibilite}) and explained in sentences; AFD instructs the file, the committee
 * decides an amount, the agreement is signed and the grant paid in tranches, each after the previous
 * report was approved, until the final report closes the file. Every step is written to a journal.
 */
package fr.coopdec.ficol;
