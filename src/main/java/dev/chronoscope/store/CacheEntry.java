package dev.chronoscope.store;

/** What {@link StoreCatalog#openOrCreate} found under the writer's lock. */
public sealed interface CacheEntry {

    /** The log's finished store: another process completed it while this one waited. */
    record Complete(LogStore store) implements CacheEntry {}

    /** A writer that builds the store; the caller ingests into it and commits or aborts. */
    record ToBuild(LogStoreWriter writer) implements CacheEntry {}
}
