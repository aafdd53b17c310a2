package fr.coopdec.shared;

/**
 * Whether the database holds demonstration data, so that the layout can say so plainly on every page.
 * Implemented by the module that generates it (the Atlas); absent means no demo data.
 */
public interface DemoDataPresence {

    boolean present();
}
