-- Channel accounts of every provider. What an account holds depends on who carries the number:
--   whatsapp_cloud: the numeric phone number id, the WABA id, and three sealed secrets (access token, app secret,
--                   verify token);
--   twilio:         the sender number as its id, the account SID (not a secret: it is in every API URL) and the
--                   sealed auth token;
--   sandbox:        the simulated number as its id, and nothing secret.
-- Each provider's columns are required for it and absent for the others, so a row can never be half of one
-- provider and half of another.
alter table channel_accounts
    drop constraint channel_accounts_provider_check,
    drop constraint channel_accounts_phone_number_id_check,
    drop constraint channel_accounts_waba_id_check,
    alter column waba_id drop not null,
    alter column access_token drop not null,
    alter column app_secret drop not null,
    alter column verify_token drop not null,
    add column account_sid text check (account_sid ~ '^AC[0-9a-fA-F]{32}$'),
    -- AES-GCM like the Cloud API secrets, bound to the account id.
    add column auth_token bytea,
    add constraint channel_accounts_provider_check check (provider in ('whatsapp_cloud', 'twilio', 'sandbox')),
    add constraint channel_accounts_waba_id_check check (waba_id ~ '^[0-9]{1,40}$'),
    add constraint channel_accounts_provider_columns check (case provider
        when 'whatsapp_cloud' then
            phone_number_id ~ '^[0-9]{1,40}$' and waba_id is not null and access_token is not null
            and app_secret is not null and verify_token is not null and account_sid is null and auth_token is null
        when 'twilio' then
            phone_number_id = display_number and account_sid is not null and auth_token is not null
            and waba_id is null and access_token is null and app_secret is null and verify_token is null
        else
            phone_number_id = display_number and account_sid is null and auth_token is null
            and waba_id is null and access_token is null and app_secret is null and verify_token is null
    end);

-- The interactive content (reply buttons, list menus) of the messages the sandbox "delivered", so the simulated
-- phone can show them as choices to tap: the messages table keeps only the text a contact reads.
create table sandbox_deliveries (
    channel_account_id  uuid        not null references channel_accounts (id) on delete cascade,
    provider_message_id text        not null check (char_length(provider_message_id) between 1 and 256),
    org_id              uuid        not null default app_current_org() references organizations (id) on delete cascade,
    phone               text        not null check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    content             jsonb       not null,
    delivered_at        timestamptz not null,
    primary key (channel_account_id, provider_message_id)
);
create index sandbox_deliveries_phone on sandbox_deliveries (channel_account_id, phone, delivered_at desc);

alter table sandbox_deliveries enable row level security;
create policy tenant_isolation on sandbox_deliveries
    using (org_id = app_current_org()) with check (org_id = app_current_org());

-- The sandbox phone shows one number's thread with one person, newest last.
create index messages_account_peer on messages (channel_account_id, peer_phone, created_at desc, id desc);

grant select, insert on sandbox_deliveries to ${app_role};
