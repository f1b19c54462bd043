package io.chatnation.adapter.media.storage;

import io.chatnation.ports.shared.out.ObjectStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;

/**
 * Object storage in a folder: each key is a relative path under the root. A write goes to a temporary file next to
 * its target, is flushed to disk, and is then published under its key in one step (a hard link, which never replaces
 * an existing file), so a reader finds the whole object or none, even after a crash mid-write. Temporary files are
 * named with a {@code +}, which no key may contain, so no key can ever name one.
 * <p>
 * Keys are validated by {@link ObjectStorage.Key}; on top of that every path is resolved and checked to stay under the
 * root, following no symbolic link planted inside it.
 */
public final class LocalObjectStorage implements ObjectStorage {

    private static final String PARTIAL_PREFIX = "+partial-";

    private final Path root;

    public LocalObjectStorage(Path root) {
        Objects.requireNonNull(root, "root");
        try {
            if (Files.notExists(root)) {
                Files.createDirectories(root);
                ownerOnly(root);
            }
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use " + root + " as the object storage folder", e);
        }
    }

    /** The objects are people's media: a folder the platform creates is readable by its own user only. */
    private static void ownerOnly(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the permissions of the folder above apply.
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public boolean putIfAbsent(Key key, byte[] content) {
        Objects.requireNonNull(content, "content");
        Path target = pathOf(key);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            requireInside(target.getParent().toRealPath(), key);
            Path partial = Files.createTempFile(target.getParent(), PARTIAL_PREFIX, null);
            try {
                write(partial, content);
                return publish(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store object " + key, e);
        }
    }

    @Override
    public Optional<StoredObject> open(Key key) {
        Path path = pathOf(key);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            InputStream in = Files.newInputStream(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new StoredObject(Files.size(path), in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read object " + key, e);
        }
    }

    @Override
    public boolean exists(Key key) {
        return Files.isRegularFile(pathOf(key), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public boolean delete(Key key) {
        try {
            return Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete object " + key, e);
        }
    }

    /**
     * The key's path under the root. Every folder on the way must be a real folder, not a link: a link planted inside
     * the root could otherwise lead a valid key outside it.
     */
    private Path pathOf(Key key) {
        Path path = root.resolve(key.value()).normalize();
        requireInside(path, key);
        for (Path folder = path.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
            if (Files.isSymbolicLink(folder)) {
                throw new IllegalArgumentException("object key " + key + " passes through a symbolic link");
            }
        }
        if (Files.isSymbolicLink(path)) {
            throw new IllegalArgumentException("object key " + key + " names a symbolic link");
        }
        return path;
    }

    private void requireInside(Path path, Key key) {
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("object key " + key + " leads outside the storage folder");
        }
    }

    private static void write(Path partial, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            // On disk before it gets its name: a crash must not leave a named but empty or short object.
            channel.force(true);
        }
    }

    private static boolean publish(Path partial, Path target) throws IOException {
        try {
            Files.createLink(target, partial);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            // No hard links on this file system: a rename is atomic as well, though it may replace a concurrent
            // writer's copy — of the same content, since keys name their content.
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException unsupported) {
                throw new IOException("the storage folder supports neither hard links nor atomic renames", unsupported);
            }
            return true;
        }
    }
}
