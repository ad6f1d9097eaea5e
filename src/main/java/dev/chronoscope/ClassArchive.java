package dev.chronoscope;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A class-data-sharing archive of Chronoscope's classes for the batch JVM ({@link BatchJvm}).
 *
 * <p>Before a command does any work, about 1,900 classes load from the jar (Jackson, MapDB, Kotlin,
 * picocli, our own; picocli is compiled from its source with ours, since the JDK 17 archive
 * cannot hold the Java 5 class files of its jar). That costs about 0.2 s, which is a third of
 * {@code info} on a log already in the cache. The JDK maps an archive of these classes instead when
 * one is given. An archive fits one jar build and one JVM, so its name is a digest of the class
 * path's files (path, size, modification time) and of the runtime.
 *
 * <p>The first command run with a given jar and JVM writes the archive as it exits. This costs it
 * about 0.5 s more, once. It writes to a file named after its launcher's pid, which the launcher
 * renames when the command succeeds. Two first runs at once therefore never share a half-written
 * file, and a failed run leaves nothing behind. An archive that no longer matches (the runtime
 * changed under the same name, the file was damaged) is ignored by the JDK, which then loads
 * classes as usual. Its messages about that are turned off so they never mix with a command's
 * output. Archives of other builds are deleted when a new one is kept, so the folder holds one.
 *
 * <p>A JVM that cannot finish writing the archive (a full disk) ends with status 1 and says
 * "Unable to use shared archive" as it exits, after the command has done its work: so no run
 * writes one unless the folder has {@link #ROOM_TO_WRITE} free, and the JVM's own messages of a
 * writing run go to standard error, never into the command's output.
 */
record ClassArchive(Path file, boolean exists, long launcherPid) {
    static final String FOLDER = "jvm";
    /** Free space a run needs before it writes the archive: about four times the archive's 17 MB. */
    static final long ROOM_TO_WRITE = 64L << 20;
    private static final String SUFFIX = ".jsa";

    /**
     * The archive for this class path and runtime under {@code cacheRoot}; empty when the folder
     * cannot be made, when the class path holds anything but files (the JDK archives classes
     * from jars only, and a JVM asked to archive with a class folder fails as it exits), or when
     * there is no archive yet and no room to write one.
     */
    static Optional<ClassArchive> locate(Path cacheRoot, String classPath, String runtime, long launcherPid) {
        return locate(cacheRoot, classPath, runtime, launcherPid, ClassArchive::usableSpace);
    }

    static Optional<ClassArchive> locate(Path cacheRoot, String classPath, String runtime, long launcherPid,
                                         ToLongFunction<Path> usableSpace) {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!new File(entry).isFile()) return Optional.empty();
        }
        try {
            Path folder = Files.createDirectories(cacheRoot.resolve(FOLDER));
            Path file = folder.resolve("classes-" + digest(classPath, runtime) + SUFFIX);
            boolean exists = Files.isRegularFile(file);
            if (!exists && usableSpace.applyAsLong(folder) < ROOM_TO_WRITE) return Optional.empty();
            return Optional.of(new ClassArchive(file, exists, launcherPid));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Bytes free for this user in the folder's file system; 0 when it cannot be told. */
    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The child JVM's options: use the archive, or write it at exit. */
    List<String> options() {
        return exists
                ? List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds*=off")
                : List.of("-XX:ArchiveClassesAtExit=" + beingWritten(), "-Xlog:cds*=off", "-XX:+DisplayVMOutputToStderr");
    }

    /** After the child: keep the archive it wrote if it succeeded, else drop it. Never fails. */
    void childEnded(int status) {
        if (exists) return;
        Path written = beingWritten();
        try {
            if (status == 0 && Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                deleteOtherArchives();
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(written);
            } catch (IOException ignored) {
                // A leftover file costs only disk; the next first run writes its own.
            }
        }
    }

    Path beingWritten() {
        return file.resolveSibling(file.getFileName() + "." + launcherPid + ".tmp");
    }

    private void deleteOtherArchives() throws IOException {
        // Stale half-written files go too: their launchers were killed before they could tidy up.
        try (DirectoryStream<Path> others = Files.newDirectoryStream(file.getParent(), "classes-*")) {
            for (Path other : others) {
                if (!other.equals(file)) Files.deleteIfExists(other);
            }
        }
    }

    /** 64-bit FNV-1a of the runtime and every class path entry's path, size and modification time. */
    static String digest(String classPath, String runtime) {
        StringBuilder identity = new StringBuilder(runtime);
        for (String entry : classPath.split(File.pathSeparator)) {
            File f = new File(entry).getAbsoluteFile();
            identity.append('\n').append(f).append(' ').append(f.length()).append(' ').append(f.lastModified());
        }
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < identity.length(); i++) {
            hash ^= identity.charAt(i);
            hash *= 0x100000001b3L;
        }
        return Long.toUnsignedString(hash, 36);
    }
}
