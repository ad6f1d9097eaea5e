package dev.chronoscope.ingest.rodent;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import dev.chronoscope.ingest.EventReader;
import dev.chronoscope.ingest.LogFormat;
import dev.chronoscope.ingest.LogInput;
import dev.chronoscope.ingest.ReadContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rodent's spilled event batches (formats/rodent.md): a folder of {@code <UUID7>.pb} files, each one
 * raw {@code rodent.EventBatch}. When a folder holds {@code .pb} files, other files in it are
 * skipped (and said so); a single file is read whatever its name.
 */
public final class RodentFormat implements LogFormat {

    @Override
    public String name() {
        return "rodent";
    }

    @Override
    public int sniff(LogInput input) throws IOException {
        boolean named = !pbFiles(input).isEmpty();
        byte[] head = input.head(64);
        if (named && head.length == 0) return 80;
        // Blank lines parse as a protobuf field too ('\n' is field 1's tag): a text file of
        // blank lines is an empty log, not a batch.
        if (!named && isBlankText(head)) return 0;
        if (!startsLikeABatch(head)) return named ? 20 : 0;
        return named ? 95 : 40;
    }

    @Override
    public EventReader open(LogInput input, ReadContext context) throws IOException {
        List<Path> pb = pbFiles(input);
        List<Path> files = pb.isEmpty() ? input.files() : pb;
        int skipped = input.files().size() - files.size();
        if (skipped > 0) context.warning(skipped + " file(s) without the .pb extension were skipped in " + input.path());
        return new RodentReader(files, context);
    }

    @Override
    public String defaultProfile() {
        return "rodent";
    }

    private static List<Path> pbFiles(LogInput input) {
        List<Path> pb = new ArrayList<>();
        for (Path f : input.files()) {
            if (f.getFileName().toString().endsWith(".pb")) pb.add(f);
        }
        return pb;
    }

    /** The first field is an event (1, length-delimited) whose own first tag is a known event field. */
    private static boolean isBlankText(byte[] head) {
        for (byte b : head) if (b != ' ' && b != '\t' && b != '\n' && b != '\r') return false;
        return true;
    }

    static boolean startsLikeABatch(byte[] head) {
        try {
            CodedInputStream in = CodedInputStream.newInstance(head);
            int tag = in.readTag();
            int field = WireFormat.getTagFieldNumber(tag);
            int wire = WireFormat.getTagWireType(tag);
            if (field == 2 && wire == WireFormat.WIRETYPE_VARINT) return true;
            if (field == 3 && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) return true;
            if (field != 1 || wire != WireFormat.WIRETYPE_LENGTH_DELIMITED) return false;
            in.readRawVarint32();
            int inner = in.readTag();
            int innerField = WireFormat.getTagFieldNumber(inner);
            return innerField >= 1 && innerField <= 19;
        } catch (IOException e) {
            return false;
        }
    }
}
