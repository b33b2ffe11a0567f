package app.switchboard.links;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console per user: the first console holds a lock file in the user's data folder and listens
 * on a loopback port the system chose, written with a random token into a port file beside the
 * lock (readable by the owner only). A second start — the operating system opening a
 * {@code switchboard://} link, or {@code switchboard open URL} — finds the lock held, hands the
 * link over through that port and ends; the running console opens it. The token keeps other
 * local users' programs from handing links in; no port is fixed, so two users never collide.
 */
public final class ConsoleHandoff implements AutoCloseable {
    static final String LOCK_FILE = "console.lock";
    static final String PORT_FILE = "console.port";
    private static final int TIMEOUT_MILLIS = 3000;
    /** A link is short; anything longer is not one. */
    private static final int LONGEST_LINE = 4096;
    /** Connections read at once: a silent one must not hold up the operator's, nor many exhaust threads. */
    private static final int AT_ONCE = 8;
    private static final long RETRY_MILLIS = 50;

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private final ExecutorService listener;
    private final ExecutorService readers;
    private final Semaphore reading = new Semaphore(AT_ONCE);
    private final List<String> early = new ArrayList<>();
    private Consumer<String> receiver;

    /**
     * What a start found: it became the console ({@code claimed}), handed its link to the running
     * one, or found a console that holds the lock but does not answer (neither).
     */
    public record Start(ConsoleHandoff claimed, boolean handedOver) {
    }

    private ConsoleHandoff(Path folder, FileChannel lockChannel, FileLock lock, ServerSocket server, String token) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.token = token;
        this.listener = Executors.newSingleThreadExecutor(named("switchboard-link-handoff"));
        this.readers = Executors.newCachedThreadPool(named("switchboard-link-reader"));
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName(name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Becomes this user's console and passes every link another start hands over to {@code onLink}
     * (on a listening thread); empty when another console already is.
     */
    public static Optional<ConsoleHandoff> claim(Path folder, Consumer<String> onLink) {
        Optional<ConsoleHandoff> claimed = claim(folder);
        claimed.ifPresent(handoff -> handoff.deliverTo(onLink));
        return claimed;
    }

    /** Becomes this user's console; links handed over are kept until {@link #deliverTo}. */
    public static Optional<ConsoleHandoff> claim(Path folder) {
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            ConsoleHandoff handoff = new ConsoleHandoff(folder, channel, lock, server, HexFormat.of().formatHex(secret));
            handoff.writePortFile();
            handoff.listener.execute(handoff::listen);
            return Optional.of(handoff);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set up the console's link handoff in " + folder, e);
        }
    }

    /**
     * A start of the console: becomes the console, or hands {@code link} (null: none, the running
     * console just comes to the front) to the one running. A
     * console that holds the lock may still be writing its port file (two started at the same
     * moment), or left a stale one: it is asked again until {@code patience} is spent, and never
     * is a second console started beside it.
     */
    public static Start start(Path folder, ItemLink link, Duration patience) {
        // the link as Switchboard writes it: what a ticket added (a fragment, other parameters) stays behind
        String line = link == null ? "" : link.text();
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<ConsoleHandoff> claimed = claim(folder);
            if (claimed.isPresent()) {
                return new Start(claimed.get(), false);
            }
            if (send(folder, line)) {
                return new Start(null, true);
            }
            if (System.nanoTime() - deadline >= 0) {
                return new Start(null, false);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS); // the other start's port file is not there yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Start(null, false);
            }
        }
    }

    /** From now on links go to {@code onLink}; those that came before go first. */
    public synchronized void deliverTo(Consumer<String> onLink) {
        receiver = onLink;
        early.forEach(onLink);
        early.clear();
    }

    private synchronized void deliver(String link) {
        if (receiver == null) {
            early.add(link);
        } else {
            receiver.accept(link);
        }
    }

    /**
     * Hands {@code link} to the console running for this user; false when none is (no port file,
     * or nobody answers on its port: a console that ended without cleaning up).
     */
    public static boolean send(Path folder, String link) {
        Path portFile = folder.resolve(PORT_FILE);
        if (!Files.isRegularFile(portFile)) {
            return false;
        }
        try (Socket socket = new Socket()) {
            String[] portAndToken = Files.readString(portFile, StandardCharsets.US_ASCII).strip().split(" ");
            if (portAndToken.length != 2) {
                return false;
            }
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(portAndToken[0])),
                    TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((portAndToken[1] + " " + link.strip() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return "OK".equals(in.readLine());
        } catch (IOException | IllegalArgumentException e) {
            log().info("No console answered for the link handoff ({})", e.getMessage());
            return false;
        }
    }

    private void writePortFile() throws IOException {
        Path temp = Files.createTempFile(folder, PORT_FILE, ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder below the user's profile is the user's own
        }
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.US_ASCII)) {
            writer.write(server.getLocalPort() + " " + token + "\n");
        }
        Files.move(temp, folder.resolve(PORT_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void listen() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!reading.tryAcquire()) {
                    client.close(); // many at once: not the operator's own start
                    continue;
                }
                readers.execute(() -> {
                    try (client) {
                        handle(client);
                    } catch (IOException e) {
                        log().info("A link handoff failed: {}", e.getMessage());
                    } finally {
                        reading.release();
                    }
                });
            } catch (IOException e) {
                if (!server.isClosed()) {
                    log().info("A link handoff failed: {}", e.getMessage());
                }
            }
        }
    }

    private void handle(Socket client) throws IOException {
        client.setSoTimeout(TIMEOUT_MILLIS);
        String line = readLine(client);
        int space = line == null ? -1 : line.indexOf(' ');
        boolean trusted = space > 0 && MessageDigest.isEqual(
                line.substring(0, space).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().write((trusted ? "OK\n" : "NO\n").getBytes(StandardCharsets.US_ASCII));
        if (!trusted) {
            log().warn("A link handoff without the console's token was refused");
            return;
        }
        try {
            deliver(line.substring(space + 1));
        } catch (RuntimeException e) {
            log().warn("Opening a handed-over link failed", e);
        }
    }

    /** One line, read within {@link #TIMEOUT_MILLIS} in all: a sender dribbling a byte at a time is cut off. */
    private static String readLine(Socket client) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (line.length() >= LONGEST_LINE || System.nanoTime() - deadline > 0) {
                return null;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** Stops listening and lets the next start be the console. */
    @Override
    public void close() {
        try {
            server.close();
            listener.shutdownNow();
            readers.shutdownNow();
            Files.deleteIfExists(folder.resolve(PORT_FILE));
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            log().info("Releasing the console lock: {}", e.getMessage());
        }
    }

    /**
     * Asked for only when there is something to say: the start asks before the toolkit starts,
     * and setting up logging (about 150 ms) belongs on the thread building the context beside it.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(ConsoleHandoff.class);
    }
}
