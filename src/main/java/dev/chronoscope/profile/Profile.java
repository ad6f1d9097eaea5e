package dev.chronoscope.profile;

import java.util.List;

/**
 * A profile as written in a JSON file (see {@code formats/profiles.md}): how records become events
 * ({@link Mapping}) and how events fold into state ({@link Rule}s, plus built-in Java projections
 * named in {@code projections}, for what rules cannot say). Pure data: nothing in it runs code.
 *
 * @param source            where it was loaded from (resource name or file path), for messages
 * @param projections       names of built-in Java projections to run after the rules (may be empty)
 * @param projectionsLine   where {@code projections} is written, for messages about a name in it;
 *                          0 when the profile was not read from a file
 * @param projectionsColumn likewise
 */
public record Profile(String name, String source, Detect detect, Mapping mapping, List<Rule> rules,
                      List<String> projections, int projectionsLine, int projectionsColumn) {

    /** A profile made in code, with no file position for its projections. */
    public Profile(String name, String source, Detect detect, Mapping mapping, List<Rule> rules,
                   List<String> projections) {
        this(name, source, detect, mapping, rules, projections, 0, 0);
    }

    public Profile {
        detect = detect == null ? Detect.NONE : detect;
        mapping = mapping == null ? Mapping.GUESS : mapping;
        rules = rules == null ? List.of() : List.copyOf(rules);
        projections = projections == null ? List.of() : List.copyOf(projections);
    }
}
