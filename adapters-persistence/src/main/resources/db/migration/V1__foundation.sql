-- Foundation: tenants, identity, RBAC, sessions, API keys and the immutable audit trail.
--
-- Tenancy: every tenant table carries org_id, defaulted from the transaction's app.current_org so the
-- application never passes it, and guarded by a Row-Level Security policy on the same setting. The
-- application connects as ${app_role}, which owns nothing and has no BYPASSRLS. The schema owner keeps
-- its owner's bypass (no FORCE) so that the few SECURITY DEFINER lookups below can resolve a credential
-- to its organisation before any organisation is known.

create function app_current_org() returns uuid
    language sql stable
as $$ select nullif(current_setting('app.current_org', true), '')::uuid $$;

create table organizations (
    id         uuid primary key,
    name       text        not null check (char_length(name) between 1 and 120),
    created_at timestamptz not null
);

-- Reference data, kept in step with the Role enum at every start.
create table roles (
    key         text primary key,
    title       text   not null,
    description text   not null,
    permissions text[] not null
);

create table users (
    id                    uuid primary key,
    org_id                uuid        not null default app_current_org() references organizations (id) on delete cascade,
    email                 text        not null check (char_length(email) <= 254 and email = lower(email)),
    name                  text        not null check (char_length(name) between 1 and 120),
    status                text        not null check (status in ('ACTIVE', 'INVITED')),
    password_hash         text,
    invitation_digest     text unique,
    invitation_expires_at timestamptz,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    check (status = 'INVITED' or password_hash is not null)
);
-- One account per e-mail across the platform: sign-in looks it up before the organisation is known.
create unique index users_email_key on users (email);
create index users_org_created on users (org_id, created_at, id);

create table user_roles (
    org_id     uuid        not null default app_current_org() references organizations (id) on delete cascade,
    user_id    uuid        not null references users (id) on delete cascade,
    role_key   text        not null references roles (key),
    created_at timestamptz not null default now(),
    primary key (user_id, role_key)
);
create index user_roles_org_role on user_roles (org_id, role_key);

create table permission_grants (
    id         uuid primary key,
    org_id     uuid        not null default app_current_org() references organizations (id) on delete cascade,
    user_id    uuid        not null references users (id) on delete cascade,
    role_key   text        not null references roles (key),
    module     text        not null,
    entity_id  uuid        not null,
    granted_by uuid        not null,
    created_at timestamptz not null,
    unique (user_id, role_key, module, entity_id)
);
create index permission_grants_user on permission_grants (user_id);

create table api_keys (
    id            uuid primary key,
    org_id        uuid        not null default app_current_org() references organizations (id) on delete cascade,
    name          text        not null check (char_length(name) between 1 and 120),
    prefix        text        not null unique,
    secret_digest text        not null,
    scopes        text[]      not null,
    created_by    uuid        not null,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_keys_org_created on api_keys (org_id, created_at desc, id desc);

create table refresh_tokens (
    id           uuid primary key,
    org_id       uuid        not null default app_current_org() references organizations (id) on delete cascade,
    user_id      uuid        not null references users (id) on delete cascade,
    family_id    uuid        not null,
    token_digest text        not null unique,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    rotated_at   timestamptz,
    revoked_at   timestamptz
);
create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_user on refresh_tokens (user_id);

create table audit_logs (
    id           uuid primary key,
    org_id       uuid        not null default app_current_org(),
    actor_id     uuid        not null,
    actor_type   text        not null check (actor_type in ('user', 'system', 'api')),
    action       text        not null,
    entity_type  text        not null,
    entity_id    uuid,
    before_state jsonb,
    after_state  jsonb,
    ip_address   text,
    user_agent   text,
    occurred_at  timestamptz not null,
    metadata     jsonb       not null default '{}'::jsonb
);
create index audit_logs_org_time on audit_logs (org_id, occurred_at desc, id desc);
create index audit_logs_org_entity on audit_logs (org_id, entity_type, entity_id);

create function audit_logs_are_insert_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_logs is insert-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_logs_no_update_or_delete
    before update or delete on audit_logs
    for each row execute function audit_logs_are_insert_only();
create trigger audit_logs_no_truncate
    before truncate on audit_logs
    for each statement execute function audit_logs_are_insert_only();

-- Row-Level Security on every tenant table.
alter table organizations enable row level security;
create policy tenant_isolation on organizations
    using (id = app_current_org()) with check (id = app_current_org());

alter table users enable row level security;
create policy tenant_isolation on users
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table user_roles enable row level security;
create policy tenant_isolation on user_roles
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table permission_grants enable row level security;
create policy tenant_isolation on permission_grants
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table api_keys enable row level security;
create policy tenant_isolation on api_keys
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table refresh_tokens enable row level security;
create policy tenant_isolation on refresh_tokens
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table audit_logs enable row level security;
create policy tenant_isolation on audit_logs
    using (org_id = app_current_org()) with check (org_id = app_current_org());

-- The only cross-tenant reads: an exact credential to the organisation it belongs to.
create function auth_credentials_by_email(p_email text)
    returns table (user_id uuid, org_id uuid, password_hash text, status text)
    language sql stable security definer set search_path = public, pg_temp
as $$ select id, org_id, password_hash, status from users where email = p_email $$;

create function auth_refresh_token(p_digest text)
    returns table (id uuid, family_id uuid, org_id uuid, user_id uuid, issued_at timestamptz,
                   expires_at timestamptz, rotated_at timestamptz, revoked_at timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select id, family_id, org_id, user_id, issued_at, expires_at, rotated_at, revoked_at
    from refresh_tokens where token_digest = p_digest
$$;

create function auth_api_key(p_prefix text)
    returns table (id uuid, org_id uuid, name text, prefix text, secret_digest text, scopes text[], created_by uuid,
                   created_at timestamptz, last_used_at timestamptz, revoked_at timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select id, org_id, name, prefix, secret_digest, scopes, created_by, created_at, last_used_at, revoked_at
    from api_keys where prefix = p_prefix
$$;

create function auth_invitation(p_digest text)
    returns table (user_id uuid, org_id uuid, expires_at timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select id, org_id, invitation_expires_at from users
    where invitation_digest = p_digest and status = 'INVITED'
$$;

revoke all on function auth_credentials_by_email(text), auth_refresh_token(text), auth_api_key(text),
    auth_invitation(text) from public;

grant usage on schema public to ${app_role};
grant select, insert, update, delete on organizations, users, user_roles, permission_grants, api_keys,
    refresh_tokens to ${app_role};
grant select on roles to ${app_role};
grant select, insert on audit_logs to ${app_role};
grant execute on function app_current_org(), auth_credentials_by_email(text), auth_refresh_token(text),
    auth_api_key(text), auth_invitation(text) to ${app_role};
