package dev.chronoscope.generate;

import dev.chronoscope.generate.VexfsInstance.EdgeEntry;
import dev.chronoscope.generate.VexfsInstance.FileEntry;

/**
 * What an instance decides to do on its own: file operations (in its kernel) on the files it
 * owns, graph operations and vector searches (in userspace), and the semantic hook's reaction to a
 * document change reaching userspace: embed a new document, re-embed a written one, drop the
 * vector of a deleted one.
 */
final class VexfsOrigins {
    private static final String[] STEMS = {"notes", "report", "dataset", "model-card", "readme", "paper"};
    private static final String[] EXTS = {".md", ".txt", ".parquet"};
    private static final String[] NODE_LABELS = {"Document", "Topic", "Agent", "Dataset"};
    private static final String[] EDGE_LABELS = {"mentions", "derived_from", "similar_to", "authored_by"};
    private static final String[] KEYS = {"title", "score", "owner", "status"};

    private final VexfsSim sim;

    VexfsOrigins(VexfsSim sim) {
        this.sim = sim;
    }

    void originate(VexfsInstance x) {
        if (!x.rootCreated) {
            x.rootCreated = true;
            kernel(x, VexfsOp.fs("FilesystemMkdir", x.directory(), null, x.nextInode++, 4096, 0));
            return;
        }
        int r = sim.rnd.nextInt(100);
        if (r < 55) {
            kernel(x, fileOp(x));
        } else if (r < 88) {
            sim.emit(x, VexfsSim.USERSPACE, VexfsSim.ORIGIN, graphOp(x), null, null, null);
        } else {
            VexfsOp search = VexfsOp.vector("VectorSearch", null, 0, 10);
            sim.emit(x, VexfsSim.USERSPACE, VexfsSim.ORIGIN, search, null, null, null);
        }
    }

    /** The semantic hook: a document's change in userspace starts a vector operation, or nothing. */
    VexfsOp semanticHook(VexfsInstance x, VexfsOp op) {
        if (!op.category().equals(VexfsOp.FILESYSTEM) || op.path() == null || op.path().endsWith(".parquet")) return null;
        String vector = "v-" + x.letter + "-" + op.inode();
        return switch (op.type()) {
            case "FilesystemCreate" -> VexfsOp.vector("VectorCreate", vector, op.inode(), 0);
            case "FilesystemWrite" -> VexfsOp.vector("VectorUpdate", vector, op.inode(), 0);
            case "FilesystemDelete" -> VexfsOp.vector("VectorDelete", vector, op.inode(), 0);
            default -> null;
        };
    }

    private void kernel(VexfsInstance x, VexfsOp op) {
        sim.emit(x, VexfsSim.KERNEL, VexfsSim.ORIGIN, op, null, null, null);
    }

    private VexfsOp fileOp(VexfsInstance x) {
        if (x.files.size() < 3 || (x.files.size() < VexfsInstance.MAX_FILES && sim.chance(0.2))) {
            FileEntry f = new FileEntry(x.directory() + "/" + sim.pick(STEMS) + "-" + x.nextInode + sim.pick(EXTS),
                    x.nextInode++);
            x.files.add(f);
            return VexfsOp.fs("FilesystemCreate", f.path, null, f.inode, 0, 0);
        }
        int slot = sim.rnd.nextInt(x.files.size());
        FileEntry f = x.files.get(slot);
        int r = sim.rnd.nextInt(100);
        if (r < 40) {
            long bytes = 4096L * sim.rnd.nextInt(1, 17);
            f.size += bytes;
            return VexfsOp.fs("FilesystemWrite", f.path, null, f.inode, f.size, bytes);
        }
        if (r < 75) {
            return VexfsOp.fs("FilesystemRead", f.path, null, f.inode, f.size, Math.min(f.size, 65_536));
        }
        if (r < 82) {
            f.size = f.size / 2;
            return VexfsOp.fs("FilesystemTruncate", f.path, null, f.inode, f.size, 0);
        }
        if (r < 88) {
            String old = f.path;
            f.path = x.directory() + "/" + sim.pick(STEMS) + "-" + f.inode + "-v" + sim.rnd.nextInt(2, 9)
                    + old.substring(old.lastIndexOf('.'));
            if (f.path.equals(old)) return VexfsOp.fs("FilesystemRead", f.path, null, f.inode, f.size, 0);
            return VexfsOp.fs("FilesystemRename", old, f.path, f.inode, f.size, 0);
        }
        if (r < 93 || x.files.size() == VexfsInstance.MAX_FILES) {
            x.files.remove(slot);
            return VexfsOp.fs("FilesystemDelete", f.path, null, f.inode, f.size, 0);
        }
        return VexfsOp.fs("FilesystemSync", f.path, null, f.inode, f.size, 0);
    }

    private VexfsOp graphOp(VexfsInstance x) {
        int r = sim.rnd.nextInt(100);
        if (x.nodes.size() < 2 || (x.nodes.size() < VexfsInstance.MAX_NODES && r < 25)) {
            String node = "n-" + x.letter + "-" + x.nextNode++;
            x.nodes.add(node);
            return VexfsOp.node("GraphNodeCreate", node, sim.pick(NODE_LABELS), null, null);
        }
        String node = x.nodes.get(sim.rnd.nextInt(x.nodes.size()));
        if (r < 50 && x.edges.size() < VexfsInstance.MAX_EDGES) {
            String to = x.nodes.get(sim.rnd.nextInt(x.nodes.size()));
            if (!to.equals(node)) {
                EdgeEntry e = new EdgeEntry("e-" + x.letter + "-" + x.nextEdge++, node, to);
                x.edges.add(e);
                return VexfsOp.edge("GraphEdgeCreate", e.id(), e.from(), e.to(), sim.pick(EDGE_LABELS));
            }
        }
        if (r < 70) {
            return VexfsOp.node("GraphPropertySet", node, null, sim.pick(KEYS), "v" + sim.rnd.nextInt(1000));
        }
        if ((r < 80 || x.edges.size() == VexfsInstance.MAX_EDGES) && !x.edges.isEmpty()) {
            EdgeEntry e = x.edges.remove(sim.rnd.nextInt(x.edges.size()));
            return VexfsOp.edge("GraphEdgeDelete", e.id(), e.from(), e.to(), null);
        }
        if ((r < 85 || x.nodes.size() == VexfsInstance.MAX_NODES) && !x.hasEdges(node)) {
            x.nodes.remove(node);
            return VexfsOp.node("GraphNodeDelete", node, null, null, null);
        }
        return VexfsOp.node("GraphTraverse", node, null, null, null);
    }
}
