package io.chatnation.app.server.messaging;

import static io.chatnation.app.server.messaging.BotTexts.DEFAULT_REPLY;
import static io.chatnation.app.server.messaging.ConnectedNumber.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.ports.shared.out.ObjectStorage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Inbound media end to end: a signed media webhook, the media job fetching through the Cloud API fake into object
 * storage, the outcome recorded on the message, and the stored bytes served back to the organisation only.
 */
class InboundMediaTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void an_image_is_stored_with_its_sha256_and_served_back_to_the_organisation_only() throws Exception {
        ConnectedNumber number = ConnectedNumber.connect("Media Org");
        String user = ConnectedNumber.newUser();
        byte[] photo = bytes(40_000, 3);
        String mediaId = "media-" + UUID.randomUUID();
        ConnectedNumber.fake().addMedia(mediaId, photo, "image/jpeg");

        String wamid = userSendsMedia(number, user, "image", mediaId, "image/jpeg", "Our stand", null);

        assertThat(number.awaitSentTo(user, 1).get(0).textBody()).isEqualTo(DEFAULT_REPLY);
        String message = awaitMedia(number, wamid);
        String sha256 = sha256(photo);
        assertThat(number.count("select count(*) from message_media where org_id = :org and message_id = '" + message
                + "' and status = 'fetched' and kind = 'image' and mime_type = 'image/jpeg' and size_bytes = "
                + photo.length + " and sha256 = '" + sha256 + "' and caption = 'Our stand' and provider_media_id = '"
                + mediaId + "' and storage_key = 'orgs/" + number.owner.orgId() + "/media/" + sha256 + "'")).isEqualTo(1);
        assertThat(Files.readAllBytes(storageRoot().resolve("orgs/" + number.owner.orgId() + "/media/" + sha256)))
                .isEqualTo(photo);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'message.media_recorded'"
                + " and entity_id = '" + message + "' and after_state->>'status' = 'fetched'")).isEqualTo(1);

        HttpResponse<byte[]> served = getMedia(message, number.owner.bearer(), null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(photo);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValueAsLong("Content-Length")).hasValue(photo.length);
        assertThat(served.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(served.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline; filename=\"image-");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // The inbox thread links the stored file, so an agent opens what the contact sent.
        Api.Response conversations = Api.get("/api/v1/inbox/conversations", number.owner.bearer());
        String conversation = conversations.json().path("data").get(0).path("id").asText();
        com.fasterxml.jackson.databind.JsonNode threadMedia = null;
        for (com.fasterxml.jackson.databind.JsonNode m : Api.get("/api/v1/inbox/conversations/" + conversation,
                number.owner.bearer()).json().path("messages")) {
            if (m.path("id").asText().equals(message)) {
                threadMedia = m.path("media");
            }
        }
        assertThat(threadMedia).as("the image in its thread").isNotNull();
        assertThat(threadMedia.path("kind").asText()).isEqualTo("image");
        assertThat(threadMedia.path("status").asText()).isEqualTo("fetched");
        assertThat(threadMedia.path("url").asText()).isEqualTo("/api/v1/messages/" + message + "/media");
        assertThat(threadMedia.path("sizeBytes").asLong()).isEqualTo(photo.length);

        HttpResponse<byte[]> unchanged = getMedia(message, number.owner.bearer(), "\"" + sha256 + "\"");
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        Api.Session stranger = Api.registerOrganisation("Curious Org");
        HttpResponse<byte[]> foreign = getMedia(message, stranger.bearer(), null);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(getMedia(message, null, null).statusCode()).isEqualTo(401);
        assertThat(getMedia("not-a-uuid", number.owner.bearer(), null).statusCode()).isEqualTo(400);
        assertThat(getMedia(UUID.randomUUID().toString(), number.owner.bearer(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void a_document_is_served_as_an_attachment_under_a_name_that_cannot_break_the_header() throws Exception {
        ConnectedNumber number = ConnectedNumber.connect("Document Org");
        String user = ConnectedNumber.newUser();
        byte[] pdf = bytes(2_000, 5);
        String mediaId = "pdf-" + UUID.randomUUID();
        ConnectedNumber.fake().addMedia(mediaId, pdf, "application/pdf");

        String message = awaitMedia(number, userSendsMedia(number, user, "document", mediaId, "application/pdf", null,
                "../Ripoti \"ya\" mwaka \u2013 2026.pdf"));

        HttpResponse<byte[]> served = getMedia(message, number.owner.bearer(), null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(pdf);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(served.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"Ripoti _ya_ mwaka _ 2026.pdf\"; "
                        + "filename*=UTF-8''Ripoti%20%22ya%22%20mwaka%20%E2%80%93%202026.pdf");
    }

    @Test
    void an_oversize_document_is_recorded_too_large_stores_nothing_and_the_message_is_still_answered() throws Exception {
        ConnectedNumber number = ConnectedNumber.connect("Oversize Org");
        String user = ConnectedNumber.newUser();
        String mediaId = "huge-" + UUID.randomUUID();
        ConnectedNumber.fake().addMediaOfSize(mediaId, 100L * 1024 * 1024 + 1, "application/pdf");

        String wamid = userSendsMedia(number, user, "document", mediaId, "application/pdf", null, "minutes.pdf");

        assertThat(number.awaitSentTo(user, 1).get(0).textBody()).isEqualTo(DEFAULT_REPLY);
        String message = awaitMedia(number, wamid);
        assertThat(number.count("select count(*) from message_media where message_id = '" + message
                + "' and status = 'too_large' and storage_key is null and sha256 is null and size_bytes is null"
                + " and filename = 'minutes.pdf' and detail like 'Larger than the 100 MB%'")).isEqualTo(1);
        assertThat(ConnectedNumber.fake().mediaFileRequests(mediaId)).as("the file itself is never asked for").isZero();
        assertThat(storedFilesOf(number)).isEmpty();
        assertThat(getMedia(message, number.owner.bearer(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void an_image_over_five_megabytes_is_refused_though_a_document_that_size_would_pass() throws Exception {
        ConnectedNumber number = ConnectedNumber.connect("Big Photo Org");
        String user = ConnectedNumber.newUser();
        String mediaId = "bigphoto-" + UUID.randomUUID();
        ConnectedNumber.fake().addMediaOfSize(mediaId, 5L * 1024 * 1024 + 1, "image/jpeg");

        String message = awaitMedia(number, userSendsMedia(number, user, "image", mediaId, "image/jpeg", null, null));

        assertThat(number.count("select count(*) from message_media where message_id = '" + message
                + "' and status = 'too_large' and detail like 'Larger than the 5 MB WhatsApp allows for an image'"))
                .isEqualTo(1);
        assertThat(storedFilesOf(number)).isEmpty();
    }

    @Test
    void a_type_outside_the_allow_list_is_refused_without_downloading_and_nothing_is_stored() throws Exception {
        ConnectedNumber number = ConnectedNumber.connect("Wrong Type Org");
        String user = ConnectedNumber.newUser();
        String announcedHtml = "html-" + UUID.randomUUID();
        ConnectedNumber.fake().addMedia(announcedHtml, "<script>alert(1)</script>".getBytes(), "text/html");
        // The webhook may claim an allowed type while the provider's metadata states another: that is refused too.
        String disguisedSvg = "svg-" + UUID.randomUUID();
        ConnectedNumber.fake().addMedia(disguisedSvg, "<svg onload=alert(1)/>".getBytes(), "image/svg+xml");

        String html = awaitMedia(number, userSendsMedia(number, user, "document", announcedHtml, "text/html", null, "a.html"));
        String svg = awaitMedia(number, userSendsMedia(number, user, "image", disguisedSvg, "image/png", null, null));

        assertThat(number.count("select count(*) from message_media where message_id = '" + html
                + "' and status = 'rejected_type' and mime_type = 'text/html' and storage_key is null")).isEqualTo(1);
        assertThat(ConnectedNumber.fake().mediaFileRequests(announcedHtml)).isZero();
        assertThat(number.count("select count(*) from message_media where message_id = '" + svg
                + "' and status = 'rejected_type' and mime_type = 'image/svg+xml' and storage_key is null")).isEqualTo(1);
        assertThat(storedFilesOf(number)).isEmpty();
        number.awaitSentTo(user, 2);
    }

    @Test
    void media_the_provider_no_longer_has_is_recorded_as_failed_and_not_retried() throws Exception {
        ConnectedNumber number = ConnectedNumber.connect("Expired Media Org");
        String user = ConnectedNumber.newUser();

        String message = awaitMedia(number, userSendsMedia(number, user, "video", "expired-" + UUID.randomUUID(),
                "video/mp4", null, null));

        assertThat(number.count("select count(*) from message_media where message_id = '" + message
                + "' and status = 'failed' and detail like 'The provider did not hand the media over%'")).isEqualTo(1);
        await(() -> number.count("select count(*) from jobs where org_id = :org") == 0, "no job left to retry");
    }

    @Test
    void a_media_job_that_runs_again_neither_downloads_nor_stores_twice() throws Exception {
        ConnectedNumber number = ConnectedNumber.connect("Rerun Org");
        String user = ConnectedNumber.newUser();
        byte[] voice = bytes(10_000, 11);
        String mediaId = "voice-" + UUID.randomUUID();
        ConnectedNumber.fake().addMedia(mediaId, voice, "audio/ogg; codecs=opus");
        String message = awaitMedia(number, userSendsMedia(number, user, "audio", mediaId, "audio/ogg; codecs=opus", null, null));
        await(() -> number.count("select count(*) from jobs where org_id = :org") == 0, "the first jobs completed");

        // The queue delivers at least once: the same job again, as after a worker died before completing it.
        TestPlatform.countAsSuperuser("with j as (insert into jobs (org_id, queue, ordering_key, payload, run_after, created_at)"
                + " values ('" + number.owner.orgId() + "', 'messaging.inbound', '" + number.channelId + ":media:" + message
                + "', jsonb_build_object('kind', 'media', 'account', '" + number.channelId + "', 'message', '" + message
                + "', 'mediaKind', 'AUDIO', 'mediaId', '" + mediaId + "', 'mimeType', 'audio/ogg'), now(), now())"
                + " returning 1) select count(*) from j");
        await(() -> number.count("select count(*) from jobs where org_id = :org") == 0, "the repeated job completed");

        assertThat(ConnectedNumber.fake().mediaFileRequests(mediaId)).isEqualTo(1);
        assertThat(number.count("select count(*) from message_media where org_id = :org")).isEqualTo(1);
        assertThat(number.count("select count(*) from message_media where message_id = '" + message
                + "' and status = 'fetched' and mime_type = 'audio/ogg' and sha256 = '" + sha256(voice) + "'")).isEqualTo(1);
        assertThat(number.count("select count(*) from audit_logs where org_id = :org and action = 'message.media_recorded'"))
                .isEqualTo(1);
        assertThat(storedFilesOf(number)).hasSize(1);
        assertThat(getMedia(message, number.owner.bearer(), null).headers().firstValue("Content-Type")).hasValue("audio/ogg");
    }

    @Test
    void erasing_a_contact_deletes_their_media_files_but_not_bytes_another_message_still_uses() throws Exception {
        ConnectedNumber number = ConnectedNumber.connect("Erasure Org");
        String leaving = ConnectedNumber.newUser();
        String staying = ConnectedNumber.newUser();
        byte[] own = bytes(3_000, 21);
        byte[] shared = bytes(3_000, 22);
        String ownId = "own-" + UUID.randomUUID();
        String sharedId = "shared-" + UUID.randomUUID();
        String forwardedId = "forwarded-" + UUID.randomUUID();
        ConnectedNumber.fake().addMedia(ownId, own, "image/png").addMedia(sharedId, shared, "image/jpeg")
                .addMedia(forwardedId, shared, "image/jpeg");
        awaitMedia(number, userSendsMedia(number, leaving, "image", ownId, "image/png", null, null));
        awaitMedia(number, userSendsMedia(number, leaving, "image", sharedId, "image/jpeg", null, null));
        awaitMedia(number, userSendsMedia(number, staying, "image", forwardedId, "image/jpeg", null, null));
        number.awaitSentTo(leaving, 2);
        assertThat(storedFilesOf(number)).hasSize(2);
        String contact = text("select id from contacts where phone = '+" + leaving + "'");

        Api.Response erased = Api.post("/api/v1/contacts/" + contact + "/erasure", number.owner.bearer(), java.util.Map.of());

        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        Path media = storageRoot().resolve("orgs/" + number.owner.orgId() + "/media");
        assertThat(media.resolve(sha256(own))).doesNotExist();
        assertThat(media.resolve(sha256(shared))).exists();
        assertThat(number.count("select count(*) from message_media where org_id = :org")).isEqualTo(1);
    }

    private static String userSendsMedia(ConnectedNumber number, String user, String type, String mediaId,
                                         String mimeType, String caption, String filename) {
        String wamid = "wamid." + UUID.randomUUID().toString().replace("-", "");
        ConnectedNumber.fake().userWrote(number.phoneNumberId, user, Instant.now());
        WebhookPayloads.SignedWebhook hook = WebhookPayloads.builder().entry(number.wabaId)
                .change(number.phoneNumberId, number.displayNumber.substring(1)).contact(user, "Akinyi")
                .message(WebhookPayloads.mediaMessage(wamid, user, Instant.now().getEpochSecond(), type, mediaId,
                        mimeType, caption, filename))
                .signedWith(new ChannelSecret(ConnectedNumber.APP_SECRET));
        Api.Response response = number.post(hook);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("newMessages").asInt()).isEqualTo(1);
        return wamid;
    }

    /** Waits for the media outcome of the message with this provider id, and answers our id of the message. */
    private static String awaitMedia(ConnectedNumber number, String wamid) {
        await(() -> number.count("select count(*) from message_media m join messages g on g.id = m.message_id"
                + " where g.org_id = :org and g.provider_message_id = '" + wamid + "'") == 1, "the media of " + wamid);
        return idOf(wamid);
    }

    private static String idOf(String wamid) {
        return text("select id from messages where provider_message_id = '" + wamid.replace("'", "''") + "'");
    }

    /** The first column of the first row, as the database superuser. */
    private static String text(String sql) {
        int port = TestPlatform.context().getProperty("chatnation.database.embedded-port", Integer.class).orElseThrow();
        try (var c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
             var s = c.prepareStatement(sql)) {
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> getMedia(String message, String bearer, String ifNoneMatch) throws Exception {
        var request = Api.builder("/api/v1/messages/" + message + "/media", bearer).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Path storageRoot() {
        return ((io.chatnation.adapter.media.storage.LocalObjectStorage) TestPlatform.context()
                .getBean(ObjectStorage.class)).root();
    }

    private static java.util.List<Path> storedFilesOf(ConnectedNumber number) throws IOException {
        Path folder = storageRoot().resolve("orgs/" + number.owner.orgId());
        if (!Files.exists(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] bytes(int size, int seed) {
        byte[] out = new byte[size];
        new java.util.Random(seed).nextBytes(out);
        return out;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
