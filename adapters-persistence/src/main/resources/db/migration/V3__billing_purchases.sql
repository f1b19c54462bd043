-- Token purchases: the bundles on sale, purchases as providers report on them, and the provider notices
-- already handled.
--
-- Providers call back without knowing which organisation a payment belongs to, so three SECURITY DEFINER
-- lookups below resolve an exact callback secret or provider reference to its purchase and organisation;
-- everything after that runs under the organisation's Row-Level Security like any other request.

-- Platform reference data: the same bundles for every organisation.
create table token_bundles (
    code         text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    name         text    not null check (char_length(name) between 1 and 60),
    tokens_milli bigint  not null check (tokens_milli > 0),
    position     integer not null,
    on_sale      boolean not null default true
);

create table token_bundle_prices (
    bundle_code  text   not null references token_bundles (code) on delete cascade,
    currency     text   not null check (currency in ('KES', 'USD')),
    amount_minor bigint not null check (amount_minor > 0),
    primary key (bundle_code, currency)
);

insert into token_bundles (code, name, tokens_milli, position) values
    ('starter',  'Starter',    100000,   1),
    ('growth',   'Growth',     500000,   2),
    ('business', 'Business',   2000000,  3),
    ('scale',    'Scale',      10000000, 4);

-- KES in whole shillings (M-Pesa takes no cents); larger bundles cost less per token.
insert into token_bundle_prices (bundle_code, currency, amount_minor) values
    ('starter',  'KES', 50000),   ('starter',  'USD', 400),
    ('growth',   'KES', 225000),  ('growth',   'USD', 1750),
    ('business', 'KES', 800000),  ('business', 'USD', 6200),
    ('scale',    'KES', 3500000), ('scale',    'USD', 27000);

create table purchases (
    id                    uuid primary key,
    org_id                uuid        not null default app_current_org() references organizations (id) on delete cascade,
    bundle_code           text        not null references token_bundles (code),
    tokens_milli          bigint      not null check (tokens_milli > 0),
    currency              text        not null check (currency in ('KES', 'USD')),
    amount_minor          bigint      not null check (amount_minor > 0),
    provider              text        not null check (provider in ('mpesa', 'stripe', 'sandbox')),
    payer_phone           text check (payer_phone ~ '^254[17][0-9]{8}$'),
    status                text        not null check (status in ('PENDING', 'PAID', 'CANCELLED', 'FAILED', 'EXPIRED')),
    failure_reason        text,
    failure_detail        text,
    provider_reference    text,
    checkout_url          text,
    receipt               text,
    -- SHA-256 of the secret callback path segment: the secret itself is only ever in the provider's hands.
    callback_digest       text        not null unique,
    credit_transaction_id uuid,
    started_by            uuid        not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    settled_at            timestamptz,
    status_queried_at     timestamptz,
    unique (provider, provider_reference),
    check ((status = 'PENDING') = (settled_at is null)),
    check (status = 'PAID' or credit_transaction_id is null),
    check (provider <> 'mpesa' or payer_phone is not null)
);
create index purchases_org_created on purchases (org_id, created_at desc, id desc);
create index purchases_pending on purchases (created_at) where status = 'PENDING';

-- Provider notices with an id of their own (Stripe events), each handled once however often it is delivered.
create table payment_notices (
    provider    text        not null,
    notice_id   text        not null check (char_length(notice_id) between 1 and 255),
    org_id      uuid        not null default app_current_org() references organizations (id) on delete cascade,
    purchase_id uuid        not null references purchases (id) on delete cascade,
    received_at timestamptz not null,
    primary key (provider, notice_id)
);
create index payment_notices_purchase on payment_notices (purchase_id);

alter table purchases enable row level security;
create policy tenant_isolation on purchases
    using (org_id = app_current_org()) with check (org_id = app_current_org());

alter table payment_notices enable row level security;
create policy tenant_isolation on payment_notices
    using (org_id = app_current_org()) with check (org_id = app_current_org());

create function payments_purchase_by_callback(p_digest text)
    returns table (id uuid, org_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$ select id, org_id from purchases where callback_digest = p_digest $$;

create function payments_purchase_by_reference(p_provider text, p_reference text)
    returns table (id uuid, org_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$ select id, org_id from purchases where provider = p_provider and provider_reference = p_reference $$;

create function payments_purchases_awaiting_confirmation(p_started_before timestamptz, p_asked_before timestamptz,
                                                         p_limit integer)
    returns table (id uuid, org_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select id, org_id from purchases
    where status = 'PENDING' and created_at < p_started_before
      and (status_queried_at is null or status_queried_at < p_asked_before)
    order by created_at, id
    limit least(greatest(p_limit, 0), 1000)
$$;

revoke all on function payments_purchase_by_callback(text), payments_purchase_by_reference(text, text),
    payments_purchases_awaiting_confirmation(timestamptz, timestamptz, integer) from public;

grant select on token_bundles, token_bundle_prices to ${app_role};
grant select, insert, update on purchases to ${app_role};
grant select, insert on payment_notices to ${app_role};
grant execute on function payments_purchase_by_callback(text), payments_purchase_by_reference(text, text),
    payments_purchases_awaiting_confirmation(timestamptz, timestamptz, integer) to ${app_role};
