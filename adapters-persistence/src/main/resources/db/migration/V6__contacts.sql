-- Contacts as organisations manage them: profile, labels, custom fields, notes, blocking, a consent history, and
-- the region that completes locally written phone numbers.

alter table contacts
    add column language      text check (language ~ '^[a-z]{2,3}([_-][A-Za-z]{2})?$'),
    add column labels        text[] not null default '{}',
    -- Bounded so a contact never grows into a document; the application allows 8 KiB of keys and values.
    add column custom_fields jsonb  not null default '{}'::jsonb
        check (jsonb_typeof(custom_fields) = 'object' and octet_length(custom_fields::text) <= 16384),
    add column notes         text check (char_length(notes) <= 4000),
    add column blocked       boolean not null default false;

create index contacts_newest on contacts (org_id, created_at desc, id desc);
create index contacts_labels on contacts using gin (labels);
create index messages_contact on messages (contact_id, created_at);

-- Every opt-in and opt-out, with where it came from: a keyword on WhatsApp, the API, the dashboard.
create table contact_consent_events (
    id          bigserial primary key,
    org_id      uuid        not null default app_current_org() references organizations (id) on delete cascade,
    contact_id  uuid        not null references contacts (id) on delete cascade,
    opted_out   boolean     not null,
    source      text        not null check (char_length(source) between 1 and 100),
    occurred_at timestamptz not null
);
create index contact_consent_events_contact on contact_consent_events (contact_id, occurred_at, id);

create table contact_settings (
    org_id         uuid primary key default app_current_org() references organizations (id) on delete cascade,
    default_region text check (default_region ~ '^[A-Z]{2}$'),
    updated_at     timestamptz not null
);

alter table contact_consent_events enable row level security;
create policy tenant_isolation on contact_consent_events
    using (org_id = app_current_org()) with check (org_id = app_current_org());
alter table contact_settings enable row level security;
create policy tenant_isolation on contact_settings
    using (org_id = app_current_org()) with check (org_id = app_current_org());

grant select, insert on contact_consent_events to ${app_role};
grant usage on sequence contact_consent_events_id_seq to ${app_role};
grant select, insert, update on contact_settings to ${app_role};
-- Deleting and erasing contacts; erasure also removes messages that name the number without the contact.
grant delete on contacts, messages to ${app_role};
