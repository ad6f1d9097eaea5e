package dev.chronoscope.generate;

/**
 * VexFS semantic events as its Rust framework serialises them: an envelope (id, type, timestamp,
 * instance, layer, {@code source} = instance.layer, category, {@code vector_clock}), the
 * propagation ({@code boundary}; {@code propagated_from} for every hop after the origin;
 * {@code caused_by} for an operation a hook started) and a {@code context} with one sub-object per
 * category, as {@code SemanticContext} has.
 */
final class VexfsRecords {
    static final String INDEX = "docs-embeddings";
    static final int DIMENSIONS = 384;

    private final Simulation sim;
    private final JsonOut out;

    VexfsRecords(Simulation sim) {
        this.sim = sim;
        this.out = sim.out;
    }

    void write(String id, VexfsOp op, String instance, String layer, String boundary, String[] names,
               long[] clock, String propagatedFrom, String causedBy, long indexSize) {
        out.obj().str("event_id", id).str("event_type", op.type()).num("timestamp", sim.now)
                .str("instance", instance).str("layer", layer).str("source", instance + "." + layer)
                .str("category", op.category()).str("boundary", boundary);
        out.obj("vector_clock");
        for (int i = 0; i < names.length; i++) out.num(names[i], clock[i]);
        out.end();
        if (propagatedFrom != null) out.str("propagated_from", propagatedFrom);
        if (causedBy != null) out.str("caused_by", causedBy);
        out.obj("context");
        switch (op.category()) {
            case VexfsOp.FILESYSTEM -> filesystem(op);
            case VexfsOp.GRAPH -> graph(op);
            default -> vector(op, indexSize);
        }
        out.end().end();
        sim.done();
    }

    private void filesystem(VexfsOp op) {
        out.obj("filesystem").str("path", op.path());
        if (op.newPath() != null) out.str("new_path", op.newPath());
        out.num("inode", op.inode()).str("file_type", op.type().equals("FilesystemMkdir") ? "directory" : "regular")
                .num("size", op.size());
        if (op.bytes() > 0) out.num("bytes", op.bytes());
        out.end();
    }

    private void graph(VexfsOp op) {
        out.obj("graph");
        if (op.nodeId() != null) out.str("node_id", op.nodeId());
        if (op.edgeId() != null) out.str("edge_id", op.edgeId()).str("from", op.from()).str("to", op.to());
        if (op.label() != null) out.str("label", op.label());
        if (op.key() != null) out.str("key", op.key()).str("value", op.value());
        out.end();
    }

    private void vector(VexfsOp op, long indexSize) {
        out.obj("vector").str("index", INDEX).num("dimensions", DIMENSIONS).str("element_type", "f32");
        if (op.vectorId() != null) out.str("vector_id", op.vectorId());
        if (op.inode() > 0) out.num("inode", op.inode());
        if (op.k() > 0) out.num("k", op.k());
        out.num("index_size", indexSize).end();
    }
}
