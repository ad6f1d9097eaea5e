package dev.chronoscope.generate;

/**
 * One VexFS operation as it travels: decided once at its origin, then written again at each layer
 * and instance it propagates to. Fields that do not apply to the operation's category are null
 * (or 0) and are not written.
 */
record VexfsOp(String type, String category, String path, String newPath, long inode, long size, long bytes,
               String nodeId, String edgeId, String from, String to, String label, String key, String value,
               String vectorId, int k) {

    static final String FILESYSTEM = "Filesystem";
    static final String GRAPH = "Graph";
    static final String VECTOR = "Vector";

    static VexfsOp fs(String type, String path, String newPath, long inode, long size, long bytes) {
        return new VexfsOp(type, FILESYSTEM, path, newPath, inode, size, bytes, null, null, null, null, null, null,
                null, null, 0);
    }

    static VexfsOp node(String type, String nodeId, String label, String key, String value) {
        return new VexfsOp(type, GRAPH, null, null, 0, 0, 0, nodeId, null, null, null, label, key, value, null, 0);
    }

    static VexfsOp edge(String type, String edgeId, String from, String to, String label) {
        return new VexfsOp(type, GRAPH, null, null, 0, 0, 0, null, edgeId, from, to, label, null, null, null, 0);
    }

    static VexfsOp vector(String type, String vectorId, long inode, int k) {
        return new VexfsOp(type, VECTOR, null, null, inode, 0, 0, null, null, null, null, null, null, null,
                vectorId, k);
    }

    boolean changesIndexSize() {
        return type.equals("VectorCreate") || type.equals("VectorDelete");
    }
}
