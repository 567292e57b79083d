package org.diplograph.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same directory, which is synced
 * and renamed over the target only once complete. A write that fails half-way (a full disk, a file size limit)
 * removes the temporary file and leaves whatever the target held before. A target that is not a regular file
 * ({@code /dev/stdout}, a pipe) is written directly.
 */
public final class OutputFile {

    /** A file that could not be written; the message names it, the reason, and that the old file is kept. */
    public static final class WriteException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private OutputFile() {
    }

    /** Writes {@code target} with what {@code content} puts into the stream it is given. */
    public static void write(Path target, Consumer<OutputStream> content) {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try (OutputStream out = new Checked(Files.newOutputStream(target), target)) {
                content.accept(out);
            } catch (IOException e) {
                throw failure(target, e, false);
            }
            return;
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + target.getFileName() + "." + HexFormat.of().formatHex(random()) + ".tmp");
        boolean existed = Files.exists(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new Checked(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16),
                         target)) {
                content.accept(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | WriteException e) {
            deleteQuietly(temp);
            throw failure(target, e, existed);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static WriteException failure(Path target, Exception e, boolean existed) {
        Throwable cause = e instanceof WriteException ? e.getCause() : e;
        String reason = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(cause.getMessage());
        return new WriteException(target + ": cannot write it (" + reason + "); " + (existed
                ? "the file that was there is left as it was" : "nothing was written"), cause);
    }

    /** A rename keeps the temporary file's permissions (owner only); give it those of the file it replaces. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView fresh = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (old != null && fresh != null && Files.exists(target)) {
            fresh.setPermissions(old.readAttributes().permissions());
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the temporary file is named after the target and starts with a dot; nothing else depends on it
        }
    }

    /**
     * Turns a failed write into a {@link WriteException} at once: RDF writers wrap an IOException in their own
     * exceptions, and some (JSON-LD) keep writing into a broken stream.
     */
    private static final class Checked extends FilterOutputStream {
        private final Path target;

        Checked(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private WriteException failed(IOException e) {
            return new WriteException(target + ": " + e.getMessage(), e);
        }
    }
}
