/**
 * Assises: events of decentralised cooperation (such as the Franco-Beninese Assises, Cotonou 2016), their
 * programme (sessions, rooms, speakers, conflicts), public registrations with capacity and waitlist — the
 * capacity is held by the database (a conditional UPDATE of a seat counter under the event's row lock),
 * never by a check-then-insert in Java — badges with QR codes, daily check-in, outcomes and follow-up.
 */
package fr.coopdec.assises;
