-- Low-balance alerts and auto-refill.
--
-- An alert is one dip of a wallet below its low-balance threshold. It is written by the posting that dipped the
-- wallet, in that posting's transaction, and closed (recovered_at) by the posting that lifts the wallet back; the
-- partial unique index keeps a wallet to one open dip whatever happens. Delivery (mail, auto-refill) runs after
-- commit: delivered_at is the outbox mark, claimed_until the lease of the node delivering it.

create table billing_alerts (
    id                 uuid primary key,
    org_id             uuid        not null default app_current_org() references organizations (id) on delete cascade,
    wallet_id          uuid        not null references wallets (id) on delete cascade,
    threshold_milli    bigint      not null check (threshold_milli > 0),
    available_milli    bigint      not null,
    raised_at          timestamptz not null,
    recovered_at       timestamptz,
    read_at            timestamptz,
    delivered_at       timestamptz,
    claimed_until      timestamptz,
    mail_state         text        not null default 'pending' check (mail_state in ('pending', 'sent', 'skipped', 'failed')),
    refill_state       text        not null default 'pending'
                                   check (refill_state in ('pending', 'starting', 'skipped', 'started', 'failed')),
    refill_purchase_id uuid references purchases (id),
    refill_reason      text check (char_length(refill_reason) <= 500),
    check (available_milli < threshold_milli),
    check ((refill_state = 'started') = (refill_purchase_id is not null)),
    check ((refill_state in ('skipped', 'failed')) = (refill_reason is not null))
);
create unique index billing_alerts_one_open_dip on billing_alerts (wallet_id) where recovered_at is null;
create index billing_alerts_unread_first on billing_alerts (org_id, (read_at is not null), raised_at desc, id desc);
create index billing_alerts_undelivered on billing_alerts (raised_at) where delivered_at is null;
create index billing_alerts_refill_purchase on billing_alerts (refill_purchase_id) where refill_purchase_id is not null;

create table auto_refill_settings (
    org_id      uuid primary key default app_current_org() references organizations (id) on delete cascade,
    enabled     boolean     not null,
    bundle_code text        not null references token_bundles (code),
    provider    text        not null check (provider in ('mpesa', 'sandbox')),
    payer_phone text check (payer_phone ~ '^254[17][0-9]{8}$'),
    updated_at  timestamptz not null,
    check (provider <> 'mpesa' or payer_phone is not null)
);

alter table billing_alerts enable row level security;
create policy tenant_isolation on billing_alerts
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table auto_refill_settings enable row level security;
create policy tenant_isolation on auto_refill_settings
    using (org_id = app_current_org()) with check (org_id = app_current_org());

-- The delivery job looks across organisations for work, like billing_due_reservations; delivering each alert then
-- runs under its organisation's Row-Level Security.
create function billing_undelivered_alerts(p_now timestamptz, p_limit integer)
    returns table (org_id uuid, id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select org_id, id from billing_alerts
    where delivered_at is null and (claimed_until is null or claimed_until < p_now)
    order by raised_at
    limit least(greatest(p_limit, 0), 1000)
$$;
revoke all on function billing_undelivered_alerts(timestamptz, integer) from public;

grant select, insert, update on billing_alerts, auto_refill_settings to ${app_role};
grant execute on function billing_undelivered_alerts(timestamptz, integer) to ${app_role};
