-- Routing: where a conversational process holds a conversation, the organisation's own routing settings, what a
-- tapped button or list row said, interactive bot replies, and numbers that need the organisation's attention.
--
-- A conversation held by a process (LOCKED: it waits for the contact's next message; WAITING: for an outside event
-- such as a payment) names the process (current_module), its step, the little the process remembers (state_data)
-- and when it is abandoned if nothing comes. The timeout sweep looks across organisations, so it reads through the
-- SECURITY DEFINER function below, like the job claim of V4; each conversation is then reset under its own
-- organisation's Row-Level Security.

alter table conversations
    add column state_step       text check (char_length(state_step) between 1 and 60),
    add column state_expires_at timestamptz,
    add constraint conversations_process_position check (
        (current_state = 'IDLE') = (state_step is null)
        and (state_step is null) = (state_expires_at is null)
        and (state_step is null) = (current_module is null));

create index conversations_state_expiry on conversations (state_expires_at) where current_state <> 'IDLE';

create function conversations_expired(p_now timestamptz, p_limit integer)
    returns table (org_id uuid, id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select org_id, id from conversations
    where current_state <> 'IDLE' and state_expires_at <= p_now
    order by state_expires_at
    limit least(greatest(p_limit, 0), 1000)
$$;
revoke all on function conversations_expired(timestamptz, integer) from public;
grant execute on function conversations_expired(timestamptz, integer) to ${app_role};

-- The id of the button or list row a contact tapped: the title is what they read, the id what the bot asked with.
-- A bot reply with buttons or a list keeps its whole content, to be sent again if its job is run again.
alter table messages
    add column choice_id text check (char_length(choice_id) between 1 and 256),
    add column content   jsonb;

create table messaging_settings (
    org_id        uuid primary key default app_current_org() references organizations (id) on delete cascade,
    default_reply text check (char_length(default_reply) between 1 and 4096),
    menu          jsonb,
    opt_out_words text[]      not null default '{}',
    opt_in_words  text[]      not null default '{}',
    updated_at    timestamptz not null
);
alter table messaging_settings enable row level security;
create policy tenant_isolation on messaging_settings
    using (org_id = app_current_org()) with check (org_id = app_current_org());
grant select, insert, update on messaging_settings to ${app_role};

-- A number whose access token the provider refused: every send through it fails until the organisation acts. Set
-- by the first failing send only, so the organisation is alerted once, not once per message.
alter table channel_accounts
    add column attention_code   text check (char_length(attention_code) between 1 and 60),
    add column attention_reason text check (char_length(attention_reason) <= 500),
    add column attention_since  timestamptz,
    add constraint channel_accounts_attention check ((attention_code is null) = (attention_since is null));
grant update (attention_code, attention_reason, attention_since) on channel_accounts to ${app_role};

-- The organisation's notifications about its numbers, listed for its admins next to the billing alerts.
create table channel_alerts (
    id                 uuid primary key,
    org_id             uuid        not null default app_current_org() references organizations (id) on delete cascade,
    channel_account_id uuid        not null references channel_accounts (id) on delete cascade,
    code               text        not null check (char_length(code) between 1 and 60),
    title              text        not null check (char_length(title) between 1 and 200),
    message            text        not null check (char_length(message) between 1 and 1000),
    raised_at          timestamptz not null,
    read_at            timestamptz,
    -- Mailing the owners and admins runs after commit, like the billing alerts' delivery: delivered_at is the outbox
    -- mark, claimed_until the lease of the node mailing it.
    delivered_at       timestamptz,
    claimed_until      timestamptz,
    mail_state         text        not null default 'pending' check (mail_state in ('pending', 'sent', 'skipped', 'failed'))
);
create index channel_alerts_undelivered on channel_alerts (raised_at) where delivered_at is null;
create index channel_alerts_unread_first on channel_alerts (org_id, (read_at is not null), raised_at desc, id desc);
alter table channel_alerts enable row level security;
create policy tenant_isolation on channel_alerts
    using (org_id = app_current_org()) with check (org_id = app_current_org());
grant select, insert, update on channel_alerts to ${app_role};

create function channel_alerts_undelivered(p_now timestamptz, p_limit integer)
    returns table (org_id uuid, id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select org_id, id from channel_alerts
    where delivered_at is null and (claimed_until is null or claimed_until < p_now)
    order by raised_at
    limit least(greatest(p_limit, 0), 1000)
$$;
revoke all on function channel_alerts_undelivered(timestamptz, integer) from public;
grant execute on function channel_alerts_undelivered(timestamptz, integer) to ${app_role};
