package app.switchboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamSettingsStoreTest {
    @TempDir
    Path config;

    /**
     * Another process (the command line's {@code team connect}, or a second console) is half-way
     * through writing its settings to its temporary file when this one saves. Its late bytes must
     * not land in this process's {@code team.json}.
     */
    @Test
    void aSaveWhileAnotherProcessIsWritingItsOwnLeavesAReadableFile() throws Exception {
        TeamSettingsStore console = new TeamSettingsStore(config);
        TeamSettings theirs = TeamSettings.ofHost("db.example.org", 5432, "team", "bert", "desk-of-bert-with-a-long-name");
        TeamSettings ours = TeamSettings.ofHost("127.0.0.1", 5433, "switchboard", "anna", "desk-a");
        byte[] theirBytes = ("{\n  \"host\" : \"" + theirs.host() + "\",\n  \"port\" : 5432,\n  \"database\" : \"team\",\n"
                + "  \"user\" : \"bert\",\n  \"desk\" : \"" + theirs.desk() + "\"\n}").getBytes(StandardCharsets.UTF_8);

        // the other process's save, as the code on main writes it: its temporary file beside team.json
        Path theirTemporary = config.resolve(TeamSettingsStore.FILE_NAME + ".tmp");
        try (FileChannel other = FileChannel.open(theirTemporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            other.write(ByteBuffer.wrap(theirBytes, 0, 20));

            console.save(ours);

            other.write(ByteBuffer.wrap(theirBytes, 20, theirBytes.length - 20));
        }

        assertThat(new TeamSettingsStore(config).current()).contains(ours);
        try (var left = Files.list(config)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("no temporary file of ours is left behind")
                    .allMatch(name -> name.equals(TeamSettingsStore.FILE_NAME) || name.equals(theirTemporary.getFileName().toString())
                            || name.endsWith(".lock"));
        }
    }
}
