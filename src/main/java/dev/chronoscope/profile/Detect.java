package dev.chronoscope.profile;

import java.util.List;

/**
 * When a profile applies to a log it was not named for: one of {@code anyType} appears among the
 * first records' types, and/or all {@code fields} exist in them.
 */
public record Detect(List<String> anyType, List<String> fields) {
    public static final Detect NONE = new Detect(List.of(), List.of());

    public Detect {
        anyType = anyType == null ? List.of() : List.copyOf(anyType);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public boolean isEmpty() {
        return anyType.isEmpty() && fields.isEmpty();
    }
}
