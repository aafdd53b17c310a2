/**
 * Who may do what. Users live in the database ({@link fr.coopdec.security.Utilisateur}) with one role
 * and, for some roles, a scope: a country for an embassy post, an authority for a local authority.
 * Services read the scope through {@link fr.coopdec.shared.security.CurrentUser} and filter queries and
 * refuse writes outside it; views only hide what the user may not do.
 */
package fr.coopdec.security;
