package dev.chronoscope.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a file operation failed, in words. The file-system exceptions' messages are often only the
 * path ("/tmp/x/afile"), with the reason in the class name.
 */
final class IoProblems {
    private IoProblems() {}

    static String describe(IOException e) {
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            return e.getMessage() != null ? e.getMessage() : words(e);
        }
        String file = fs.getFile();
        if (fs.getReason() != null && !(e instanceof NoSuchFileException)) return file + ": " + fs.getReason().toLowerCase();
        if (e instanceof FileAlreadyExistsException) {
            // creating a folder where a file is: the usual way to meet this exception
            return Files.isRegularFile(Path.of(file)) ? file + " is a file, not a folder" : file + " already exists";
        }
        if (e instanceof NotDirectoryException) return file + " is not a folder";
        if (e instanceof AccessDeniedException) return file + ": permission denied";
        if (e instanceof NoSuchFileException) return file + ": no such file or folder";
        return file + ": " + words(e);
    }

    /** "FileSystemLoopException" → "file system loop". */
    private static String words(Exception e) {
        String name = e.getClass().getSimpleName().replaceFirst("Exception$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
