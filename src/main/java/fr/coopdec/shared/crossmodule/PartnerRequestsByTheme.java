package fr.coopdec.shared.crossmodule;

import java.util.List;

/**
 * Published partner requests of one theme, as links. The Bourse implements it; PACT3's laureates page
 * shows them. Going through this interface keeps the dependency between the two modules one-way
 * (Bourse → PACT3), as {@code shared.dashboard.KeyFigureSource} does for the dashboard.
 */
public interface PartnerRequestsByTheme {

    /** A request's public page: its display name and its route. */
    record RequestLink(String label, String route) {}

    /** At most {@code limit} published requests of the theme, newest first. */
    List<RequestLink> publishedRequests(long thematiqueId, int limit);
}
