package fr.coopdec.referential;

/** Told how far a long import got; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    void update(int done, int total);
}
