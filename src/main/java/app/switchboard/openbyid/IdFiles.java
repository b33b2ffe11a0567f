package app.switchboard.openbyid;

import app.switchboard.text.Worded;
import app.switchboard.text.Words;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file of entity ids as text for {@link IdList}: UTF-8, a byte order mark dropped, of a size to look over. */
public final class IdFiles {
    /** A list of ids to check by eye, not an export of a whole fleet. */
    static final long MAX_BYTES = 5L << 20;

    private IdFiles() {
    }

    public static String read(Path file) throws UnreadableIdFile {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableIdFile(Words.of("openbyid.file.tooLarge", file.getFileName().toString(), MAX_BYTES >> 20));
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableIdFile(Words.of("openbyid.file.notText", file.getFileName().toString()));
        } catch (NoSuchFileException e) {
            throw new UnreadableIdFile(Words.of("openbyid.file.missing", file.getFileName().toString()));
        } catch (IOException e) {
            throw new UnreadableIdFile(Words.of("openbyid.file.failed", file.getFileName().toString(),
                    String.valueOf(e.getMessage())));
        }
    }

    /** Why a file of ids could not be read, in the operator's words. */
    public static final class UnreadableIdFile extends Exception implements Worded {
        private final transient Words words;

        UnreadableIdFile(Words words) {
            super(words.english());
            this.words = words;
        }

        @Override
        public Words words() {
            return words;
        }
    }
}
