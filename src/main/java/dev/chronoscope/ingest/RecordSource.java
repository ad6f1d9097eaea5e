package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;

/** The good records of one file, in order; bad ones are reported to the context and skipped. */
interface RecordSource extends Closeable {

    /** The next record, or null at the end of the file (or once the read was cancelled). */
    ObjectNode next() throws java.io.IOException;

    /** The 1-based line where the record last returned starts. */
    long line();
}
