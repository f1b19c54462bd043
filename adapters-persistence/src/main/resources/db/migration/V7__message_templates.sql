-- Message templates: what may be sent outside the 24-hour customer-service window, once WhatsApp approved it.
-- The components (header, body, footer, buttons) are one JSON document, read and written whole; variables name the
-- contact field that fills each body variable, {{1}} first.

create table message_templates (
    id         uuid primary key,
    org_id     uuid        not null default app_current_org() references organizations (id) on delete cascade,
    name       text        not null check (name ~ '^[a-z0-9_]+$' and char_length(name) <= 512),
    language   text        not null check (language ~ '^[a-z]{2,3}(_[A-Z]{2})?$'),
    category   text        not null check (category in ('MARKETING', 'UTILITY', 'AUTHENTICATION')),
    components jsonb       not null check (jsonb_typeof(components) = 'object'
                                           and jsonb_typeof(components -> 'body') = 'string'
                                           and octet_length(components::text) <= 16384),
    variables  jsonb       not null default '[]'::jsonb check (jsonb_typeof(variables) = 'array'),
    status     text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'PAUSED')),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (org_id, name, language)
);

alter table message_templates enable row level security;
create policy tenant_isolation on message_templates
    using (org_id = app_current_org()) with check (org_id = app_current_org());

grant select, insert, update, delete on message_templates to ${app_role};
