/**
 * The Bourse-partenariat: French and foreign local authorities send a presentation sheet (who they
 * are, their territory, the foreign actors present there, what they offer and seek, target
 * countries); DAECT moderates it (confirmation by e-mail first, then review, publication for 12
 * months or refusal with a reason, every change audited); published sheets form a public catalogue,
 * embassy posts of the target countries are notified, complementary sheets are matched with the
 * reasons in words, and a contact request may become an Atlas partnership through
 * {@code fr.coopdec.atlas.PartenariatService}, keeping the link.
 */
package fr.coopdec.bourse;
