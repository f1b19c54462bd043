-- Messaging, inbound: the WhatsApp numbers of each organisation, the people who write to them, one conversation per
-- person, every message in and out, and the job queue that hands inbound work to the workers.
--
-- A provider's webhook says nothing trustworthy about whose it is: each channel account has an unguessable
-- webhook key in its URL, resolved to the account and its organisation by a SECURITY DEFINER lookup. Claiming
-- jobs crosses organisations too (a worker serves all of them), so it is the other SECURITY DEFINER function here;
-- a claimed job is then completed or rescheduled under its organisation's Row-Level Security.

create table channel_accounts (
    id              uuid primary key,
    org_id          uuid        not null default app_current_org() references organizations (id) on delete cascade,
    provider        text        not null check (provider in ('whatsapp_cloud')),
    phone_number_id text        not null check (phone_number_id ~ '^[0-9]{1,40}$'),
    waba_id         text        not null check (waba_id ~ '^[0-9]{1,40}$'),
    display_number  text        not null check (display_number ~ '^\+[1-9][0-9]{6,14}$'),
    webhook_key     text        not null unique check (char_length(webhook_key) between 32 and 64),
    -- AES-GCM: a 12-byte nonce followed by the ciphertext and tag, bound to the account id; the key never
    -- reaches the database.
    access_token    bytea       not null,
    app_secret      bytea       not null,
    verify_token    bytea       not null,
    created_by      uuid        not null,
    created_at      timestamptz not null,
    unique (provider, phone_number_id)
);
create index channel_accounts_org on channel_accounts (org_id, created_at, id);

create table contacts (
    id              uuid primary key,
    org_id          uuid        not null default app_current_org() references organizations (id) on delete cascade,
    phone           text check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    wa_user_id      text check (char_length(wa_user_id) between 1 and 128),
    profile_name    text check (char_length(profile_name) <= 256),
    opted_out       boolean     not null default false,
    opted_out_at    timestamptz,
    opted_in_at     timestamptz,
    opt_in_source   text,
    last_inbound_at timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (phone is not null or wa_user_id is not null),
    unique (org_id, phone),
    unique (org_id, wa_user_id)
);

create table conversations (
    id                 uuid primary key,
    org_id             uuid        not null default app_current_org() references organizations (id) on delete cascade,
    contact_id         uuid        not null unique references contacts (id) on delete cascade,
    channel_account_id uuid references channel_accounts (id) on delete set null,
    current_state      text        not null default 'IDLE' check (current_state in ('IDLE', 'LOCKED', 'WAITING')),
    state_data         jsonb       not null default '{}'::jsonb,
    current_module     text,
    last_message_at    timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);

create table messages (
    id                  uuid primary key,
    org_id              uuid        not null default app_current_org() references organizations (id) on delete cascade,
    -- Kept when the account is removed: the history stays, the uniqueness of what arrives no longer matters.
    channel_account_id  uuid references channel_accounts (id) on delete set null,
    conversation_id     uuid references conversations (id) on delete cascade,
    contact_id          uuid references contacts (id) on delete cascade,
    direction           text        not null check (direction in ('inbound', 'outbound')),
    sender_type         text        not null check (sender_type in ('contact', 'bot', 'agent', 'system')),
    provider_message_id text check (char_length(provider_message_id) between 1 and 256),
    type                text        not null check (char_length(type) between 1 and 40),
    body                text,
    peer_phone          text check (peer_phone ~ '^\+[1-9][0-9]{6,14}$'),
    peer_wa_user_id     text,
    profile_name        text,
    -- inbound: received (stored), handled (routed by a worker); outbound: queued, sent, failed, delivered, read.
    status              text        not null check (status in ('received', 'handled', 'queued', 'sent', 'failed',
                                                               'delivered', 'read')),
    reply_to            uuid references messages (id) on delete set null,
    sent_at             timestamptz,
    delivered_at        timestamptz,
    read_at             timestamptz,
    failed_at           timestamptz,
    error_code          integer,
    error_title         text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    check (peer_phone is not null or peer_wa_user_id is not null),
    -- A redelivered webhook names a message already stored: the insert does nothing.
    unique (channel_account_id, provider_message_id)
);
create index messages_conversation on messages (conversation_id, created_at);
create index messages_queued_replies on messages (reply_to) where status = 'queued';

-- The embedded job queue: jobs with the same ordering key (one sender on one number) run one at a time, oldest
-- first; a claim is a lease, so a worker that dies lets its job be claimed again (at-least-once).
create table jobs (
    id           bigserial primary key,
    org_id       uuid        not null default app_current_org() references organizations (id) on delete cascade,
    queue        text        not null check (char_length(queue) between 1 and 60),
    ordering_key text        not null check (char_length(ordering_key) between 1 and 300),
    payload      jsonb       not null,
    attempts     integer     not null default 0,
    run_after    timestamptz not null,
    locked_until timestamptz,
    last_error   text,
    dead_at      timestamptz,
    created_at   timestamptz not null
);
create index jobs_ready on jobs (queue, id) where dead_at is null;
create index jobs_ordering on jobs (ordering_key, id) where dead_at is null;

alter table channel_accounts enable row level security;
create policy tenant_isolation on channel_accounts
    using (org_id = app_current_org()) with check (org_id = app_current_org());
alter table contacts enable row level security;
create policy tenant_isolation on contacts
    using (org_id = app_current_org()) with check (org_id = app_current_org());
alter table conversations enable row level security;
create policy tenant_isolation on conversations
    using (org_id = app_current_org()) with check (org_id = app_current_org());
alter table messages enable row level security;
create policy tenant_isolation on messages
    using (org_id = app_current_org()) with check (org_id = app_current_org());
alter table jobs enable row level security;
create policy tenant_isolation on jobs
    using (org_id = app_current_org()) with check (org_id = app_current_org());

create function messaging_account_by_webhook_key(p_key text)
    returns table (id uuid, org_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$ select id, org_id from channel_accounts where webhook_key = p_key $$;

-- Leases up to p_limit ready jobs of a queue. Only the oldest live job of each ordering key is eligible, so a
-- sender's second message waits until the first is done (or dead); SKIP LOCKED lets workers claim side by side.
create function jobs_claim(p_queue text, p_limit integer, p_lease_seconds integer)
    returns table (id bigint, org_id uuid, ordering_key text, payload jsonb, attempts integer)
    language sql volatile security definer set search_path = public, pg_temp
as $$
    update jobs j set locked_until = now() + make_interval(secs => greatest(p_lease_seconds, 1)),
                      attempts = j.attempts + 1
    where j.id in (
        select c.id from jobs c
        where c.queue = p_queue and c.dead_at is null and c.run_after <= now()
          and (c.locked_until is null or c.locked_until < now())
          and not exists (select 1 from jobs e where e.ordering_key = c.ordering_key and e.dead_at is null
                                                 and e.id < c.id)
        order by c.id
        limit least(greatest(p_limit, 0), 500)
        for update skip locked)
    returning j.id, j.org_id, j.ordering_key, j.payload, j.attempts
$$;

revoke all on function messaging_account_by_webhook_key(text), jobs_claim(text, integer, integer) from public;

grant select, insert, delete on channel_accounts to ${app_role};
grant select, insert, update on contacts, conversations, messages to ${app_role};
grant select, insert, update, delete on jobs to ${app_role};
grant usage on sequence jobs_id_seq to ${app_role};
grant execute on function messaging_account_by_webhook_key(text), jobs_claim(text, integer, integer) to ${app_role};
