package app.rapport.service;

import app.rapport.store.OutreachRepository;
import java.util.List;

/** The state before a bulk change, kept so the change can be taken back as one step. */
public final class Undo {

    private final String description;
    final List<OutreachRepository.Snapshot> before;
    final List<Long> recordedMoves;

    Undo(String description, List<OutreachRepository.Snapshot> before, List<Long> recordedMoves) {
        this.description = description;
        this.before = List.copyOf(before);
        this.recordedMoves = List.copyOf(recordedMoves);
    }

    /** What the change did, for "Undo …" in the menu. */
    public String description() {
        return description;
    }
}
