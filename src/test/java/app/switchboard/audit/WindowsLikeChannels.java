package app.switchboard.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Opens real channels but holds them to Windows' mandatory locking (LockFileEx): while one channel
 * holds a lock on a file, reading or writing that file through any other channel fails, as it does
 * for a second handle of the locking process itself. Records every open, and can stop a
 * positional write halfway for a hook, so a test can act while a line is half written.
 */
final class WindowsLikeChannels implements FileChannels {
    private final Map<Path, FileChannel> lockHolders = new ConcurrentHashMap<>();
    private final List<Path> opened = new ArrayList<>();
    private volatile Consumer<Path> midWrite;

    @Override
    public synchronized FileChannel open(Path file, OpenOption... options) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        opened.add(key);
        return new Checked(key, FileChannel.open(file, options));
    }

    synchronized List<Path> opened() {
        return List.copyOf(opened);
    }

    /** Runs {@code hook} once, halfway through the next positional write of a line. */
    void midWrite(Consumer<Path> hook) {
        midWrite = hook;
    }

    private final class Checked extends FileChannel {
        private final Path file;
        private final FileChannel real;

        Checked(Path file, FileChannel real) {
            this.file = file;
            this.real = real;
        }

        private void mayAccess() throws IOException {
            FileChannel holder = lockHolders.get(file);
            if (holder != null && holder != this) {
                throw new IOException("The process cannot access the file because another process has locked "
                        + "a portion of the file: " + file.getFileName());
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            mayAccess();
            return real.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            mayAccess();
            return real.read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            mayAccess();
            return real.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            mayAccess();
            return real.write(srcs, offset, length);
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            mayAccess();
            real.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            real.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            mayAccess();
            return real.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            mayAccess();
            return real.transferFrom(src, position, count);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            mayAccess();
            return real.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            mayAccess();
            Consumer<Path> hook = midWrite;
            if (hook == null || src.remaining() < 2) {
                return real.write(src, position);
            }
            midWrite = null;
            ByteBuffer firstHalf = src.slice().limit(src.remaining() / 2);
            int written = real.write(firstHalf, position);
            src.position(src.position() + written);
            hook.accept(file);
            return written + real.write(src, position + written);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return real.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            FileLock lock = real.lock(position, size, shared);
            lockHolders.put(file, this);
            return new Held(this, lock);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            FileLock lock = real.tryLock(position, size, shared);
            if (lock == null) {
                return null;
            }
            lockHolders.put(file, this);
            return new Held(this, lock);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            lockHolders.remove(file, this);
            real.close();
        }

        private final class Held extends FileLock {
            private final FileLock real;

            Held(Checked channel, FileLock real) {
                super(channel, real.position(), real.size(), real.isShared());
                this.real = real;
            }

            @Override
            public boolean isValid() {
                return real.isValid();
            }

            @Override
            public void release() throws IOException {
                lockHolders.remove(file, Checked.this);
                real.release();
            }
        }
    }
}
