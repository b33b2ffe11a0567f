package app.switchboard.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.net.Socket;
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

    /**
     * Another local program (a port scanner, another user's) connects and says nothing. The console
     * must still take a link from the operator's own second start at once: on main one listening
     * thread waited out each silent connection, the second start gave up, and started a second console.
     */
    @Test
    void silentConnectionsDoNotKeepALinkFromBeingHandedOver() throws Exception {
        LinkedBlockingQueue<String> opened = new LinkedBlockingQueue<>();
        try (ConsoleHandoff console = ConsoleHandoff.claim(data, opened::add).orElseThrow()) {
            int port = Integer.parseInt(Files.readString(data.resolve(ConsoleHandoff.PORT_FILE)).split(" ")[0]);
            try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), port);
                 Socket alsoSilent = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertThat(ConsoleHandoff.send(data, "switchboard://open/demo/entity/e1")).isTrue();
                assertThat(opened.poll(10, TimeUnit.SECONDS)).isEqualTo("switchboard://open/demo/entity/e1");
            }
        }
    }

    /** A port file left half-written or edited by hand: the start says no console answered, it does not crash. */
    @Test
    void aCorruptPortFileMeansNoConsoleAnswers() throws Exception {
        for (String corrupt : new String[] {"70000 token\n", "-1 token\n", "port token\n", "\n", "1 2 3\n"}) {
            Files.writeString(data.resolve(ConsoleHandoff.PORT_FILE), corrupt);
            assertThat(ConsoleHandoff.send(data, "switchboard://open/demo/entity/e1")).as(corrupt).isFalse();
        }
    }

    /**
     * Two starts at the same moment (a double click on a link): one becomes the console, the other
     * hands its link to it, even while the first is still writing its port file. On main the
     * second found no port file, started a console of its own, and that one ran without the lock.
     */
    @Test
    void twoStartsAtTheSameMomentMakeOneConsoleThatOpensBothLinks() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try {
            List<Future<ConsoleHandoff.Start>> both = new ArrayList<>();
            for (String link : List.of("switchboard://open/demo/entity/e1", "switchboard://open/demo/entity/e2")) {
                both.add(starts.submit(() -> {
                    together.await();
                    return ConsoleHandoff.start(data, ItemLink.parse(link), Duration.ofSeconds(20));
                }));
            }
            ConsoleHandoff.Start first = both.get(0).get(30, TimeUnit.SECONDS);
            ConsoleHandoff.Start second = both.get(1).get(30, TimeUnit.SECONDS);
            ConsoleHandoff console = first.claimed() != null ? first.claimed() : second.claimed();
            try (console) {
                assertThat(Stream.of(first, second).filter(start -> start.claimed() != null)).hasSize(1);
                assertThat(Stream.of(first, second).filter(ConsoleHandoff.Start::handedOver)).hasSize(1);
                LinkedBlockingQueue<String> opened = new LinkedBlockingQueue<>();
                console.deliverTo(opened::add);
                String handed = opened.poll(10, TimeUnit.SECONDS);
                assertThat(handed).isIn("switchboard://open/demo/entity/e1", "switchboard://open/demo/entity/e2");
            }
        } finally {
            starts.shutdownNow();
        }
    }

    /**
     * A console that holds the lock but does not answer (hung, or its port file is stale): the start
     * gives up and says so instead of becoming a second console beside it.
     */
    @Test
    void aConsoleThatHoldsTheLockButDoesNotAnswerIsNotJoinedByASecondOne() throws Exception {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        Files.writeString(data.resolve(ConsoleHandoff.PORT_FILE), closedPort + " 00ff\n");
        try (FileChannel channel = FileChannel.open(data.resolve(ConsoleHandoff.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            ConsoleHandoff.Start start = ConsoleHandoff.start(data, ItemLink.entity("demo", "e1"), Duration.ofMillis(300));

            assertThat(start.claimed()).isNull();
            assertThat(start.handedOver()).isFalse();
        }
    }

    /** After a crash (kill -9) the lock is free but the port file stays: the next start is the console and rewrites it. */
    @Test
    void aStalePortFileAfterACrashIsReplacedByTheNextConsole() throws Exception {
        Files.writeString(data.resolve(ConsoleHandoff.PORT_FILE), "1 00ff\n");
        LinkedBlockingQueue<String> opened = new LinkedBlockingQueue<>();
        ConsoleHandoff.Start start = ConsoleHandoff.start(data, null, Duration.ofSeconds(5));
        try (ConsoleHandoff console = start.claimed()) {
            assertThat(console).isNotNull();
            console.deliverTo(opened::add);
            assertThat(ConsoleHandoff.send(data, "switchboard://open/demo/entity/e3")).isTrue();
            assertThat(opened.poll(10, TimeUnit.SECONDS)).isEqualTo("switchboard://open/demo/entity/e3");
        }
    }

    /**
     * A link pasted from a ticket with a long tail the link does not need (tracking parameters, a
     * fragment): it is a good link, and the running console takes it. On main the raw text went over
     * the handoff, passed its 4096-character line limit, was refused, and the launcher started a second console.
     */
    @Test
    void aGoodLinkWithALongTailIsHandedOverAsSwitchboardWritesIt() throws Exception {
        String pasted = "switchboard://open/demo/entity/e1?utm_source=" + "x".repeat(5000) + "#" + "y".repeat(100);
        ItemLink link = ItemLink.parse(pasted);
        LinkedBlockingQueue<String> opened = new LinkedBlockingQueue<>();
        try (ConsoleHandoff console = ConsoleHandoff.claim(data, opened::add).orElseThrow()) {
            assertThat(ConsoleHandoff.send(data, pasted)).as("the raw text is too long to hand over").isFalse();

            ConsoleHandoff.Start start = ConsoleHandoff.start(data, link, Duration.ofSeconds(10));

            assertThat(start.handedOver()).isTrue();
            assertThat(opened.poll(10, TimeUnit.SECONDS)).isEqualTo("switchboard://open/demo/entity/e1");
        }
    }

    /**
     * After a crash the port file names a port anyone on this machine may now listen on. A start
     * finding the lock free becomes the console and tells that port nothing: on main the launcher
     * sent first, so whoever listened there got the link with the old token, answered OK, and no
     * console opened.
     */
    @Test
    void aStartAfterACrashDoesNotHandItsLinkToWhoeverNowListensOnTheStalePort() throws Exception {
        LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (ServerSocket impostor = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread listening = new Thread(() -> {
                try (Socket caller = impostor.accept()) {
                    heard.add(new java.io.BufferedReader(new java.io.InputStreamReader(caller.getInputStream())).readLine());
                    caller.getOutputStream().write("OK\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (java.io.IOException closed) {
                    // the test ended without anyone calling
                }
            });
            listening.setDaemon(true);
            listening.start();
            Files.writeString(data.resolve(ConsoleHandoff.PORT_FILE), impostor.getLocalPort() + " 00ff\n");

            ConsoleHandoff.Start start = ConsoleHandoff.start(data, ItemLink.entity("demo", "e4"), Duration.ofSeconds(5));

            try (ConsoleHandoff console = start.claimed()) {
                assertThat(console).as("the lock was free: this start is the console").isNotNull();
                assertThat(start.handedOver()).isFalse();
                assertThat(heard).isEmpty();
            }
        }
    }

    /** A ticket with many links, all opened at once: every start hands its link over, none becomes a second console. */
    @Test
    void manyStartsAtOnceAllHandTheirLinksToTheOneConsole() throws Exception {
        LinkedBlockingQueue<String> opened = new LinkedBlockingQueue<>();
        ExecutorService starts = Executors.newFixedThreadPool(20);
        try (ConsoleHandoff console = ConsoleHandoff.claim(data, opened::add).orElseThrow()) {
            CyclicBarrier together = new CyclicBarrier(20);
            List<Future<ConsoleHandoff.Start>> all = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ItemLink link = ItemLink.entity("demo", "e" + i);
                all.add(starts.submit(() -> {
                    together.await();
                    return ConsoleHandoff.start(data, link, Duration.ofSeconds(30));
                }));
            }
            for (Future<ConsoleHandoff.Start> start : all) {
                assertThat(start.get(60, TimeUnit.SECONDS).handedOver()).isTrue();
            }
            List<String> links = new ArrayList<>();
            while (links.size() < 20) {
                links.add(opened.poll(10, TimeUnit.SECONDS));
            }
            assertThat(links).doesNotContainNull().doesNotHaveDuplicates().hasSize(20);
        } finally {
            starts.shutdownNow();
        }
    }
}
