package dev.chronoscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class archive's life: written once by a successful first run, then used; never half-used. */
class ClassArchiveTest {
    @TempDir Path dir;

    private ClassArchive locate(String classPath) {
        return ClassArchive.locate(dir, classPath, "/jdk 17.0.1", 7).orElseThrow();
    }

    @Test
    void aFirstRunWritesTheArchiveAndASuccessfulEndKeepsIt() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        ClassArchive first = locate(jar.toString());
        assertFalse(first.exists());
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + first.beingWritten(), "-Xlog:cds*=off",
                "-XX:+DisplayVMOutputToStderr"), first.options());

        Path stale = Files.writeString(first.file().resolveSibling("classes-old.jsa"), "old build");
        Files.writeString(first.beingWritten(), "archive");
        first.childEnded(0);
        assertTrue(Files.isRegularFile(first.file()));
        assertFalse(Files.exists(first.beingWritten()));
        assertFalse(Files.exists(stale), "an archive of another build is deleted");

        ClassArchive next = locate(jar.toString());
        assertTrue(next.exists());
        assertEquals(List.of("-XX:SharedArchiveFile=" + next.file(), "-Xlog:cds*=off"), next.options());
    }

    @Test
    void aFailedRunLeavesNothing() throws Exception {
        ClassArchive first = locate(Files.writeString(dir.resolve("app.jar"), "jar").toString());
        Files.writeString(first.beingWritten(), "maybe half");
        first.childEnded(1);
        assertFalse(Files.exists(first.beingWritten()));
        assertFalse(Files.exists(first.file()));

        first.childEnded(0); // a JVM that could not archive (a folder on the class path) wrote nothing
        assertFalse(Files.exists(first.file()));
    }

    /**
     * A JVM that runs out of disk while it writes the archive fails as it exits, after the
     * command's output, and would do so on every run while the disk stays full.
     */
    @Test
    void aNearlyFullDiskWritesNoArchiveButStillUsesOneThatIsThere() throws Exception {
        String jar = Files.writeString(dir.resolve("app.jar"), "jar").toString();
        long full = ClassArchive.ROOM_TO_WRITE - 1;
        assertEquals(Optional.empty(), ClassArchive.locate(dir, jar, "/jdk 17.0.1", 7, folder -> full));
        assertTrue(ClassArchive.locate(dir, jar, "/jdk 17.0.1", 7, folder -> ClassArchive.ROOM_TO_WRITE).isPresent());

        ClassArchive written = locate(jar);
        Files.writeString(written.beingWritten(), "archive");
        written.childEnded(0);
        ClassArchive kept = ClassArchive.locate(dir, jar, "/jdk 17.0.1", 7, folder -> full).orElseThrow();
        assertTrue(kept.exists(), "reading an archive needs no room");
    }

    @Test
    void aClassFolderOnTheClassPathMeansNoArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(Optional.empty(), ClassArchive.locate(dir, jar + java.io.File.pathSeparator + classes, "/jdk 17", 7));
        assertEquals(Optional.empty(), ClassArchive.locate(dir, jar + java.io.File.pathSeparator + dir.resolve("gone.jar"), "/jdk 17", 7));
    }

    @Test
    void anotherBuildOrRuntimeHasAnotherArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        String before = ClassArchive.digest(jar.toString(), "/jdk 17.0.1");
        assertNotEquals(before, ClassArchive.digest(jar.toString(), "/jdk 17.0.2"));
        Files.writeString(jar, "a rebuilt jar");
        assertNotEquals(before, ClassArchive.digest(jar.toString(), "/jdk 17.0.1"));
    }

    @Test
    void theChildGetsTheArchiveUnlessSomeoneHandlesClassSharing() throws Exception {
        ClassArchive archive = locate(Files.writeString(dir.resolve("app.jar"), "jar").toString());
        String[] args = {"info", "x.jsonl"};
        BatchJvm.Facts plain = new BatchJvm.Facts("java", "app.jar", List.of(), Map.of(), 7, Optional.of(archive));
        assertTrue(BatchJvm.childCommand(plain, args).orElseThrow().command().containsAll(archive.options()));
        for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=mine.jsa", "-Xlog:cds=info")) {
            BatchJvm.Facts own = new BatchJvm.Facts("java", "app.jar", List.of(option), Map.of(), 7, Optional.of(archive));
            List<String> command = BatchJvm.childCommand(own, args).orElseThrow().command();
            assertFalse(command.contains(archive.options().get(0)), option);
            assertTrue(command.contains(option), option);
        }
    }
}
