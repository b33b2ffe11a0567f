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
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandoff.class);
    private static final int TIMEOUT_MILLIS = 3000;
    /** A link is short; anything longer is not one. */
    private static final int LONGEST_LINE = 4096;

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private final ExecutorService listener;

    private ConsoleHandoff(Path folder, FileChannel lockChannel, FileLock lock, ServerSocket server, String token) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.token = token;
        this.listener = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("switchboard-link-handoff");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Becomes this user's console and passes every link another start hands over to {@code onLink}
     * (on the listening thread); empty when another console already is.
     */
    public static Optional<ConsoleHandoff> claim(Path folder, Consumer<String> onLink) {
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
            handoff.listener.execute(() -> handoff.listen(onLink));
            return Optional.of(handoff);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set up the console's link handoff in " + folder, e);
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
        } catch (IOException | NumberFormatException e) {
            LOG.info("No console answered for the link handoff ({})", e.getMessage());
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

    private void listen(Consumer<String> onLink) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MILLIS);
                String line = readLine(client);
                int space = line == null ? -1 : line.indexOf(' ');
                boolean trusted = space > 0 && java.security.MessageDigest.isEqual(
                        line.substring(0, space).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().write((trusted ? "OK\n" : "NO\n").getBytes(StandardCharsets.US_ASCII));
                if (trusted) {
                    onLink.accept(line.substring(space + 1));
                } else {
                    LOG.warn("A link handoff without the console's token was refused");
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.info("A link handoff failed: {}", e.getMessage());
                }
            } catch (RuntimeException e) {
                LOG.warn("Opening a handed-over link failed", e);
            }
        }
    }

    private static String readLine(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (line.length() >= LONGEST_LINE) {
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
            Files.deleteIfExists(folder.resolve(PORT_FILE));
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.info("Releasing the console lock: {}", e.getMessage());
        }
    }
}
