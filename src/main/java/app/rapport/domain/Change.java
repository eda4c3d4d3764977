package app.rapport.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one committed transaction changed in the workspace: for each kind of record, which ids were created,
 * changed or deleted. Screens keep themselves current from these, reading again only the records named.
 * A record's parts count as the record: an instalment paid changes its deal, a shortlist entry its campaign,
 * an interaction, status move, follow-up or tag its contact.
 */
public final class Change {

    /** The kinds of record people see on screens. */
    public enum Kind {
        CONTACT, DEAL, CAMPAIGN, TEMPLATE, VIEW, SETTINGS
    }

    /** What happened to a record. */
    public enum Type {
        CREATED, CHANGED, DELETED
    }

    /** The id used for {@link Kind#SETTINGS}, which are one record. */
    public static final long SETTINGS_ID = 0;

    private final Map<Kind, Map<Type, Set<Long>>> ids;

    private Change(Map<Kind, Map<Type, Set<Long>>> ids) {
        this.ids = ids;
    }

    /** Whether the transaction changed nothing anyone sees (a read, or a write that matched no row). */
    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Whether any record of these kinds was created, changed or deleted. */
    public boolean touches(Kind... kinds) {
        for (Kind kind : kinds) {
            if (ids.containsKey(kind)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of this kind, whatever happened to them. */
    public Set<Long> ids(Kind kind) {
        Set<Long> all = new LinkedHashSet<>();
        ids.getOrDefault(kind, Map.of()).values().forEach(all::addAll);
        return Collections.unmodifiableSet(all);
    }

    /** The ids of this kind that had this happen to them. */
    public Set<Long> ids(Kind kind, Type type) {
        return Collections.unmodifiableSet(ids.getOrDefault(kind, Map.of()).getOrDefault(type, Set.of()));
    }

    @Override
    public String toString() {
        return "Change" + ids;
    }

    /** Collects what a transaction writes, as it writes it; {@link #build} once it has committed. */
    public static final class Recorder {

        private final Map<Kind, Map<Type, Set<Long>>> ids = new EnumMap<>(Kind.class);

        public void created(Kind kind, long id) {
            add(kind, Type.CREATED, id);
        }

        public void changed(Kind kind, long id) {
            add(kind, Type.CHANGED, id);
        }

        public void changed(Kind kind, Collection<Long> changed) {
            changed.forEach(id -> add(kind, Type.CHANGED, id));
        }

        public void deleted(Kind kind, long id) {
            add(kind, Type.DELETED, id);
        }

        public void deleted(Kind kind, Collection<Long> deleted) {
            deleted.forEach(id -> add(kind, Type.DELETED, id));
        }

        public void add(Kind kind, Type type, long id) {
            ids.computeIfAbsent(kind, k -> new EnumMap<>(Type.class))
                    .computeIfAbsent(type, t -> new LinkedHashSet<>()).add(id);
        }

        /** Everything recorded, as one change; a record created and then changed stays created. */
        public Change build() {
            Map<Kind, Map<Type, Set<Long>>> copy = new EnumMap<>(Kind.class);
            ids.forEach((kind, byType) -> {
                Map<Type, Set<Long>> types = new EnumMap<>(Type.class);
                Set<Long> created = byType.getOrDefault(Type.CREATED, Set.of());
                byType.forEach((type, set) -> {
                    Set<Long> kept = new LinkedHashSet<>(set);
                    if (type == Type.CHANGED) {
                        kept.removeAll(created);
                    }
                    if (!kept.isEmpty()) {
                        types.put(type, Collections.unmodifiableSet(kept));
                    }
                });
                copy.put(kind, Collections.unmodifiableMap(types));
            });
            return new Change(Collections.unmodifiableMap(copy));
        }
    }
}
