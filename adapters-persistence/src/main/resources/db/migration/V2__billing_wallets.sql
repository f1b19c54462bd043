-- Billing: wallets, their append-only ledger, reservations and per-organisation prices.
--
-- Every token figure is a whole number of milli-tokens (bigint), so fractional prices add up exactly.
-- A wallet's balance is the sum of its ledger's balance_change, its reserved tokens the sum of
-- reserved_change; available = balance - reserved never drops below zero (checked here as well as by
-- the conditional UPDATE every posting is). Tenancy exactly as in V1: org_id defaults to the transaction's
-- organisation and Row-Level Security keeps each organisation to its own rows.

create table wallets (
    id                    uuid primary key,
    org_id                uuid        not null default app_current_org() references organizations (id) on delete cascade,
    kind                  text        not null check (kind in ('main', 'sub')),
    name                  text        not null check (char_length(name) between 1 and 60),
    balance               bigint      not null default 0,
    reserved              bigint      not null default 0,
    low_balance_threshold bigint      not null default 0 check (low_balance_threshold >= 0),
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    constraint wallets_available_never_negative check (reserved >= 0 and balance >= reserved)
) with (fillfactor = 50); -- room on the page keeps the constant balance updates HOT (no index writes)
-- The main wallet is opened lazily by whoever needs it first; this index lets only one of them win.
create unique index wallets_one_main_per_org on wallets (org_id) where kind = 'main';
create unique index wallets_name_per_org on wallets (org_id, lower(name));

-- Like the ledger (and audit_logs), reservations carry org_id without a foreign key to organizations: the check
-- would take a KEY SHARE lock on the organisation's row in every reservation, and concurrent ones on one
-- organisation would queue on that row. The wallet they reference belongs to the organisation already.
create table token_reservations (
    id             uuid primary key,
    org_id         uuid        not null default app_current_org(),
    wallet_id      uuid        not null references wallets (id),
    amount         bigint      not null check (amount > 0),
    module         text        not null,
    action         text        not null,
    reference_id   uuid,
    state          text        not null check (state in ('open', 'settled', 'released', 'expired')),
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    closed_at      timestamptz,
    settled_amount bigint check (settled_amount >= 0),
    check ((state = 'open') = (closed_at is null))
) with (fillfactor = 80);
create index token_reservations_due on token_reservations (expires_at) where state = 'open';

create table token_transactions (
    id                    uuid primary key,
    org_id                uuid        not null default app_current_org(),
    wallet_id             uuid        not null references wallets (id),
    line                  smallint    not null check (line >= 0),
    type                  text        not null check (type in ('purchase', 'debit', 'reserve', 'release', 'refund',
                                                               'transfer', 'adjustment')),
    amount                bigint      not null check (amount > 0),
    balance_change        bigint      not null,
    reserved_change       bigint      not null,
    balance_after         bigint      not null,
    reserved_after        bigint      not null,
    module                text,
    action                text,
    reference_id          uuid,
    reservation_id        uuid references token_reservations (id),
    counterpart_wallet_id uuid references wallets (id),
    reverses_id           uuid references token_transactions (id),
    actor_type            text        not null check (actor_type in ('user', 'system', 'api')),
    actor_id              uuid,
    idempotency_key       text check (char_length(idempotency_key) <= 200),
    fingerprint           text        not null,
    memo                  text        not null default '' check (char_length(memo) <= 500),
    created_at            timestamptz not null
);
-- One operation per key and organisation; its lines are numbered from 0.
create unique index token_transactions_key on token_transactions (org_id, idempotency_key, line)
    where idempotency_key is not null;
create index token_transactions_org_time on token_transactions (org_id, created_at desc, id desc);
create index token_transactions_reverses on token_transactions (reverses_id) where reverses_id is not null;

create function token_transactions_are_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'token_transactions is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger token_transactions_no_update_or_delete
    before update or delete on token_transactions
    for each row execute function token_transactions_are_append_only();
create trigger token_transactions_no_truncate
    before truncate on token_transactions
    for each statement execute function token_transactions_are_append_only();

-- An organisation's own price for an action, where it differs from the platform default.
create table token_prices (
    org_id     uuid        not null default app_current_org() references organizations (id) on delete cascade,
    action     text        not null,
    price      bigint      not null check (price >= 0),
    set_by     uuid,
    updated_at timestamptz not null,
    primary key (org_id, action)
);

alter table wallets enable row level security;
create policy tenant_isolation on wallets
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table token_reservations enable row level security;
create policy tenant_isolation on token_reservations
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table token_transactions enable row level security;
create policy tenant_isolation on token_transactions
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table token_prices enable row level security;
create policy tenant_isolation on token_prices
    using (org_id = app_current_org()) with check (org_id = app_current_org());

-- The one cross-tenant read of billing: which open reservations have lapsed, as ids only, for the expiry
-- job to release each inside its own organisation's transaction.
create function billing_due_reservations(p_now timestamptz, p_limit integer)
    returns table (org_id uuid, id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select org_id, id from token_reservations
    where state = 'open' and expires_at <= p_now
    order by expires_at
    limit least(greatest(p_limit, 0), 1000)
$$;
revoke all on function billing_due_reservations(timestamptz, integer) from public;

grant select, insert, update on wallets, token_reservations to ${app_role};
grant select, insert on token_transactions to ${app_role};
grant select, insert, update, delete on token_prices to ${app_role};
grant execute on function billing_due_reservations(timestamptz, integer) to ${app_role};
