package dev.chronoscope.engine;

import dev.chronoscope.ingest.ReadError;

final class IngestErrors {
    private IngestErrors() {}

    static IngestError of(ReadError e) {
        return new IngestError(e.file(), e.position(), e.kind().name(), e.reason());
    }
}
