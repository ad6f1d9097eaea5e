package dev.chronoscope.profile;

import java.util.List;

/**
 * Record → envelope. Each value is a path into the record as written ({@code $.a.b}); null means
 * "guess from the common names" (profiles.md lists them).
 *
 * @param timeUnit     s, ms, us or ns; null to guess from magnitude for epoch times, else ns
 * @param durationUnit s, ms, us or ns; null to take it from the field name's suffix, else ns
 */
public record Mapping(String type, String time, String timeUnit, String id, String lane,
                      String severity, String duration, String durationUnit, List<LinkRule> links,
                      String chain, String vectorClock) {

    public static final Mapping GUESS = new Mapping(null, null, null, null, null, null, null, null, null, null, null);

    public Mapping {
        links = links == null ? null : List.copyOf(links);
    }

    /** A causal reference: the record field at {@code ref} holds the id of the other event. */
    public record LinkRule(String kind, String ref) {}
}
