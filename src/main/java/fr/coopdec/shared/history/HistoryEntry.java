package fr.coopdec.shared.history;

import java.time.Instant;
import java.util.List;

/**
 * One change of a record as people read it: when, who, what kind (creation, change, deletion) and
 * which fields changed.
 */
public record HistoryEntry(long revision, Instant when, String who, Kind kind, List<String> changedFields) {

    public enum Kind {
        CREATION,
        MODIFICATION,
        SUPPRESSION
    }
}
