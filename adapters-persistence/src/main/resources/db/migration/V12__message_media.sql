-- Inbound media: what became of the file an inbound message carried. The bytes live in object storage under
-- storage_key (orgs/<org>/media/<sha256>); this row says what they are, or why nothing was stored. One row per
-- message: a media job that runs again finds the row and does nothing.

create table message_media (
    message_id        uuid primary key references messages (id) on delete cascade,
    org_id            uuid        not null default app_current_org() references organizations (id) on delete cascade,
    kind              text        not null check (kind in ('image', 'audio', 'video', 'document', 'sticker')),
    status            text        not null check (status in ('fetched', 'too_large', 'rejected_type', 'failed')),
    provider_media_id text        not null check (char_length(provider_media_id) between 1 and 256),
    mime_type         text        not null check (char_length(mime_type) <= 255),
    storage_key       text check (char_length(storage_key) <= 1024),
    size_bytes        bigint check (size_bytes >= 0),
    sha256            text check (sha256 ~ '^[0-9a-f]{64}$'),
    caption           text,
    filename          text,
    -- Why nothing was stored, in words an agent can read.
    detail            text,
    recorded_at       timestamptz not null,
    -- Stored media, and only stored media, has a key, a size and a hash.
    check ((status = 'fetched') = (storage_key is not null)
           and (storage_key is null) = (size_bytes is null)
           and (storage_key is null) = (sha256 is null))
);
create index message_media_org on message_media (org_id, recorded_at);

alter table message_media enable row level security;
create policy tenant_isolation on message_media
    using (org_id = app_current_org()) with check (org_id = app_current_org());

-- Insert-only for the application: an outcome, once recorded, is not rewritten by a job that runs again.
grant select, insert on message_media to ${app_role};
