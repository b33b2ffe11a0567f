package app.switchboard.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleHandoffTest {
    @TempDir
    Path data;

    @Test
    void aSecondStartHandsItsLinkToTheRunningConsole() throws Exception {
        LinkedBlockingQueue<String> opened = new LinkedBlockingQueue<>();
        try (ConsoleHandoff first = ConsoleHandoff.claim(data, opened::add).orElseThrow()) {
            assertThat(ConsoleHandoff.claim(data, link -> { })).as("only one console per user").isEmpty();

            assertThat(ConsoleHandoff.send(data, "switchboard://open/demo/entity/e1")).isTrue();

            assertThat(opened.poll(10, TimeUnit.SECONDS)).isEqualTo("switchboard://open/demo/entity/e1");
        }
    }

    @Test
    void withoutARunningConsoleNothingIsHandedOverAndTheNextStartBecomesTheConsole() {
        assertThat(ConsoleHandoff.send(data, "switchboard://open/demo/entity/e1")).isFalse();
        ConsoleHandoff.claim(data, link -> { }).orElseThrow().close();

        assertThat(ConsoleHandoff.send(data, "switchboard://open/demo/entity/e1")).as("its port file is gone").isFalse();
        try (ConsoleHandoff next = ConsoleHandoff.claim(data, link -> { }).orElseThrow()) {
            assertThat(next).isNotNull();
        }
    }

    @Test
    void aSenderWithoutTheTokenIsRefused() throws Exception {
        LinkedBlockingQueue<String> opened = new LinkedBlockingQueue<>();
        try (ConsoleHandoff console = ConsoleHandoff.claim(data, opened::add).orElseThrow()) {
            Path portFile = data.resolve(ConsoleHandoff.PORT_FILE);
            String port = Files.readString(portFile).split(" ")[0];
            Path forged = Files.createDirectories(data.resolve("forged"));
            Files.writeString(forged.resolve(ConsoleHandoff.PORT_FILE), port + " 0000\n");

            assertThat(ConsoleHandoff.send(forged, "switchboard://open/demo/entity/e1")).isFalse();
            assertThat(ConsoleHandoff.send(data, "switchboard://open/demo/entity/e2")).isTrue();
            assertThat(opened.poll(10, TimeUnit.SECONDS)).isEqualTo("switchboard://open/demo/entity/e2");
            assertThat(opened).isEmpty();
        }
    }

    @Test
    void thePortFileIsTheOwnersAlone() throws Exception {
        try (ConsoleHandoff console = ConsoleHandoff.claim(data, link -> { }).orElseThrow()) {
            Path portFile = data.resolve(ConsoleHandoff.PORT_FILE);
            if (Files.getFileStore(portFile).supportsFileAttributeView("posix")) {
                assertThat(Files.getPosixFilePermissions(portFile))
                        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            }
        }
    }
}
