package dev.chronoscope.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One VexFS instance: its vector clock, its vector index size, and the files, graph nodes and edges
 * it owns (the only ones it changes; replicas of other instances' objects arrive as propagated
 * events and are not chosen for new operations, so every change has exactly one origin).
 */
final class VexfsInstance {
    static final int MAX_FILES = 30;
    static final int MAX_NODES = 40;
    static final int MAX_EDGES = 60;

    static final class FileEntry {
        String path;
        final long inode;
        long size;

        FileEntry(String path, long inode) {
            this.path = path;
            this.inode = inode;
        }
    }

    record EdgeEntry(String id, String from, String to) {}

    final int index;
    final String name;
    final String letter;
    final long[] clock;
    long indexSize;
    boolean rootCreated;
    final List<FileEntry> files = new ArrayList<>();
    final List<String> nodes = new ArrayList<>();
    final List<EdgeEntry> edges = new ArrayList<>();
    long nextInode;
    long nextNode = 1;
    long nextEdge = 1;

    VexfsInstance(int index, String name, int instances) {
        this.index = index;
        this.name = name;
        this.letter = name.substring(name.length() - 1);
        this.clock = new long[instances];
        this.nextInode = 1000L * (index + 1);
    }

    String directory() {
        return "/shared/" + letter;
    }

    boolean hasEdges(String node) {
        for (EdgeEntry e : edges) if (e.from().equals(node) || e.to().equals(node)) return true;
        return false;
    }
}
