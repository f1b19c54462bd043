package io.chatnation.adapter.media.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.ObjectStorage;
import io.chatnation.ports.shared.out.ObjectStorage.Key;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalObjectStorageTest {

    private static final OrgId ORG = new OrgId(UUID.fromString("6f1c1f52-8d55-4b0e-9a36-0d2a0b7c4e11"));

    @TempDir
    Path folder;

    @Test
    void an_object_is_stored_under_its_organisation_and_read_back_whole() throws IOException {
        LocalObjectStorage storage = new LocalObjectStorage(folder.resolve("objects"));
        Key key = Key.of(ORG, "media", "abc123");
        byte[] content = "a picture".getBytes(StandardCharsets.UTF_8);

        assertThat(storage.putIfAbsent(key, content)).isTrue();

        assertThat(storage.exists(key)).isTrue();
        assertThat(Files.readAllBytes(folder.resolve("objects/orgs/" + ORG.value() + "/media/abc123"))).isEqualTo(content);
        assertThat(read(storage, key)).isEqualTo(content);
        assertThat(storage.open(key).orElseThrow().size()).isEqualTo(content.length);
        assertThat(storage.open(Key.of(ORG, "media", "other"))).isEmpty();
    }

    @Test
    void a_folder_the_storage_creates_is_readable_by_its_own_user_only() throws IOException {
        LocalObjectStorage storage = new LocalObjectStorage(folder.resolve("fresh"));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(storage.root())))
                .isEqualTo("rwx------");
    }

    @Test
    void a_key_already_stored_is_not_written_again_and_keeps_its_content() throws IOException {
        LocalObjectStorage storage = new LocalObjectStorage(folder);
        Key key = Key.of(ORG, "media", "same");
        storage.putIfAbsent(key, "first".getBytes(StandardCharsets.UTF_8));

        assertThat(storage.putIfAbsent(key, "second".getBytes(StandardCharsets.UTF_8))).isFalse();

        assertThat(new String(read(storage, key), StandardCharsets.UTF_8)).isEqualTo("first");
        assertThat(filesUnder(folder)).hasSize(1);
    }

    @Test
    void writers_racing_on_one_key_publish_exactly_one_whole_object_and_leave_no_partial_file() throws Exception {
        LocalObjectStorage storage = new LocalObjectStorage(folder);
        Key key = Key.of(ORG, "media", "raced");
        int writers = 8;
        byte[][] contents = new byte[writers][];
        for (int i = 0; i < writers; i++) {
            contents[i] = new byte[256 * 1024];
            Arrays.fill(contents[i], (byte) i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                byte[] content = contents[i];
                results.add(pool.submit(() -> {
                    start.await();
                    return storage.putIfAbsent(key, content);
                }));
            }
            start.countDown();
            long published = 0;
            for (Future<Boolean> result : results) {
                published += result.get() ? 1 : 0;
            }
            assertThat(published).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        byte[] stored = read(storage, key);
        assertThat(Arrays.stream(contents).anyMatch(c -> Arrays.equals(c, stored))).as("one writer's bytes, whole").isTrue();
        assertThat(filesUnder(folder)).hasSize(1);
    }

    @Test
    void a_write_cut_short_is_never_visible_under_the_key() throws IOException {
        LocalObjectStorage storage = new LocalObjectStorage(folder);
        Key key = Key.of(ORG, "media", "cut");
        Path media = folder.resolve("orgs/" + ORG.value() + "/media");
        Files.createDirectories(media);
        // What a process killed mid-write leaves behind: a temporary file, never the key's own name.
        Files.write(media.resolve("+partial-12345.tmp"), new byte[] {1, 2, 3});

        assertThat(storage.exists(key)).isFalse();
        assertThat(storage.open(key)).isEmpty();
        assertThat(storage.putIfAbsent(key, new byte[] {9})).isTrue();
        assertThat(read(storage, key)).containsExactly(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orgs/6f1c1f52-8d55-4b0e-9a36-0d2a0b7c4e11/../../etc/passwd",
            "orgs/6f1c1f52-8d55-4b0e-9a36-0d2a0b7c4e11/media/..", "/etc/passwd", "../outside",
            "orgs/6f1c1f52-8d55-4b0e-9a36-0d2a0b7c4e11//x", "orgs/6f1c1f52-8d55-4b0e-9a36-0d2a0b7c4e11/a\\..\\..\\x",
            "orgs/6f1c1f52-8d55-4b0e-9a36-0d2a0b7c4e11/media/+partial-1", "orgs/not-an-org/media/x",
            "orgs/6f1c1f52-8d55-4b0e-9a36-0d2a0b7c4e11/media/a b", "orgs/6f1c1f52-8d55-4b0e-9a36-0d2a0b7c4e11"})
    void keys_that_could_climb_out_of_the_folder_or_name_no_organisation_are_refused(String raw) {
        assertThatThrownBy(() -> new Key(raw)).isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "media/../../..", "", ".", "media/", "/etc/passwd", "media\\..\\x", "a%2F..%2Fb"})
    void parts_that_are_not_plain_names_make_no_key(String part) {
        assertThatThrownBy(() -> Key.of(ORG, "media", part)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_symbolic_link_planted_inside_the_folder_does_not_lead_a_key_outside_it() throws IOException {
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "not yours");
        LocalObjectStorage storage = new LocalObjectStorage(folder.resolve("objects"));
        Path orgFolder = Files.createDirectories(folder.resolve("objects/orgs/" + ORG.value()));
        Files.createSymbolicLink(orgFolder.resolve("media"), outside);
        Key key = Key.of(ORG, "media", "secret");

        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.putIfAbsent(key, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(outside.resolve("secret"))).isEqualTo("not yours");
    }

    @Test
    void each_organisation_has_a_folder_of_its_own() {
        LocalObjectStorage storage = new LocalObjectStorage(folder);
        OrgId other = new OrgId(UUID.randomUUID());
        storage.putIfAbsent(Key.of(ORG, "media", "x"), new byte[] {1});

        assertThat(storage.exists(Key.of(other, "media", "x"))).isFalse();
        assertThat(Key.of(other, "media", "x").org()).isEqualTo(other);
    }

    @Test
    void deleting_removes_the_object() {
        LocalObjectStorage storage = new LocalObjectStorage(folder);
        Key key = Key.of(ORG, "media", "gone");
        storage.putIfAbsent(key, new byte[] {1});

        assertThat(storage.delete(key)).isTrue();
        assertThat(storage.delete(key)).isFalse();
        assertThat(storage.exists(key)).isFalse();
    }

    private static byte[] read(ObjectStorage storage, Key key) throws IOException {
        try (InputStream in = storage.open(key).orElseThrow().content()) {
            return in.readAllBytes();
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
