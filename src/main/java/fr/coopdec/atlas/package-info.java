/**
 * The Atlas of French decentralised cooperation: partnerships between French and foreign local
 * authorities and their projects. Anyone may search and read it (it is open data, also through the
 * {@code /api/v1} API and CSV/IATI exports); authorities keep their own records fresh, embassy posts
 * those of their country, DAECT everything. Every change is kept (Hibernate Envers).
 */
package fr.coopdec.atlas;
