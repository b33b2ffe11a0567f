package app.switchboard.openbyid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdFilesTest {
    @TempDir
    Path dir;

    @Test
    void aUtf8FileIsReadWithoutItsByteOrderMark() throws Exception {
        Path file = dir.resolve("ids.csv");
        Files.writeString(file, "\uFEFFid\n5a554157-5a5a-4547-384c-423033333139\n", StandardCharsets.UTF_8);

        assertThat(IdFiles.read(file)).isEqualTo("id\n5a554157-5a5a-4547-384c-423033333139\n");
    }

    @Test
    void aFileThatIsNotUtf8TextSaysSoInWords() throws IOException {
        Path file = dir.resolve("ids.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, (byte) 0xff, (byte) 0xfe, (byte) 0xc3});

        assertThatThrownBy(() -> IdFiles.read(file)).isInstanceOfSatisfying(IdFiles.UnreadableIdFile.class, e ->
                assertThat(e.words().in(Locale.ENGLISH)).isEqualTo("ids.xlsx is not UTF-8 text: save it as CSV (UTF-8) "
                        + "or plain text and try again"));
    }

    @Test
    void aFileTooLargeToLookOverIsNotReadInto() throws IOException {
        Path file = dir.resolve("fleet.csv");
        try (var out = Files.newOutputStream(file)) {
            out.write(new byte[(int) IdFiles.MAX_BYTES + 1]);
        }

        assertThatThrownBy(() -> IdFiles.read(file)).isInstanceOfSatisfying(IdFiles.UnreadableIdFile.class, e ->
                assertThat(e.words().in(Locale.ENGLISH)).startsWith("fleet.csv is larger than 5 MB"));
    }

    @Test
    void aFileThatIsGoneSaysSo() {
        assertThatThrownBy(() -> IdFiles.read(dir.resolve("gone.csv"))).isInstanceOfSatisfying(IdFiles.UnreadableIdFile.class,
                e -> assertThat(e.words().in(Locale.ENGLISH)).isEqualTo("gone.csv is no longer there"));
    }
}
