package dev.chronoscope.event;

import java.util.Objects;

/**
 * An explicit causal reference written in the record: this event was caused by (or is a child
 * of) the event whose id is {@code ref}. The reference is unresolved; causality resolves it to an
 * offset once the whole log is known, and counts it as dangling when no event has that id.
 *
 * @param kind what the log calls the relation, e.g. {@code caused-by}, {@code parent}, {@code flow}
 * @param ref  the id of the other event as written in the log
 */
public record Link(String kind, String ref) {
    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
    }
}
