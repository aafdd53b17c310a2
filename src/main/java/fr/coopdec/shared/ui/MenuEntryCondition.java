package fr.coopdec.shared.ui;

/**
 * A module's say on whether one of its side-navigation entries shows, beyond the access annotations
 * Vaadin already filters the menu by: e.g. the PACT3 jury page is open to every account, but only a
 * juror has something to do there. Declare it as a Spring bean next to the view; the side navigation
 * ({@link ModuleNavigation}) asks every such bean, nothing else to register.
 */
public interface MenuEntryCondition {

    /** The entry's route, as in its {@code @Route} ({@code "pact3/jury"}). */
    String route();

    /** Whether the signed-in (or anonymous) reader sees the entry; one cheap query at most. */
    boolean shows();
}
