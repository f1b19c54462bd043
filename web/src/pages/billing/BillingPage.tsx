import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, type Usage, type Wallet } from '../../api';
import { useMe } from '../../auth';
import { canManageBilling, canSeeBilling } from '../../billing';
import { describeError } from '../../forms';
import { usePageTitle } from '../../router';
import { BuyTokens } from './BuyTokens';
import { TransactionsTable } from './TransactionsTable';
import { UsageChart } from './UsageChart';
import { WalletSummary } from './WalletSummary';

type Loaded<T> = { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed'; error: unknown };

function useLoaded<T>(load: () => Promise<T>, enabled: boolean, refreshKey: number): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    load().then(
      (value) => active && setState({ status: 'loaded', value }),
      (error: unknown) => active && setState({ status: 'failed', error }),
    );
    return () => {
      active = false;
    };
  }, [load, enabled, refreshKey]);
  return state;
}

function isForbidden(state: Loaded<unknown>): boolean {
  return state.status === 'failed' && state.error instanceof ApiError && state.error.status === 403;
}

function NoAccess({ detail }: { detail?: string }) {
  return (
    <div className="alert alert-error" role="alert" data-testid="billing-forbidden">
      <p>
        <strong>You do not have access to billing.</strong> Balances, usage and purchases are for organisation owners and
        admins; ask one of them if you need to see them.
      </p>
      {detail && <p className="muted">{detail}</p>}
    </div>
  );
}

export function BillingPage() {
  usePageTitle('Billing');
  const me = useMe();
  const allowed = canSeeBilling(me);
  const canBuy = canManageBilling(me);
  // Bumped when a purchase is paid, so the balance and the ledger show it.
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = useCallback(() => setRefreshKey((key) => key + 1), []);
  const wallet = useLoaded<Wallet>(api.wallet, allowed, refreshKey);
  const usage = useLoaded<Usage>(api.usage, allowed, 0);

  const header = (
    <div className="page-header">
      <div>
        <p className="eyebrow">{me.organization.name}</p>
        <h1 id="billing-title">Billing</h1>
        <p className="muted">Tokens pay for messages and campaigns. See what you have, what you spent, and top up.</p>
      </div>
    </div>
  );

  if (!allowed || isForbidden(wallet)) {
    const detail = wallet.status === 'failed' ? describeError(wallet.error, []).form ?? undefined : undefined;
    return (
      <section className="page" aria-labelledby="billing-title">
        {header}
        <NoAccess detail={detail} />
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="billing-title">
      {header}

      {wallet.status === 'loading' && (
        <div className="loading" role="status">
          Loading balance…
        </div>
      )}
      {wallet.status === 'failed' && (
        <div className="alert alert-error" role="alert" data-testid="wallet-error">
          Could not load the balance: {describeError(wallet.error, []).form}
        </div>
      )}
      {wallet.status === 'loaded' && <WalletSummary wallet={wallet.value} canBuy={canBuy} />}

      <div className="grid">
        <section className="card" aria-labelledby="usage-title">
          <h2 id="usage-title">Usage, last 30 days</h2>
          {usage.status === 'loading' && (
            <div className="loading" role="status">
              Loading usage…
            </div>
          )}
          {usage.status === 'failed' && (
            <div className="alert alert-error" role="alert" data-testid="usage-error">
              Could not load the usage: {describeError(usage.error, []).form}
            </div>
          )}
          {usage.status === 'loaded' && <UsageChart usage={usage.value} />}
        </section>

        <section className="card" aria-labelledby="buy-title">
          <h2 id="buy-title">Buy tokens</h2>
          {canBuy ? (
            <BuyTokens onPaid={refresh} />
          ) : (
            <p className="muted" data-testid="buy-not-allowed">
              Only the organisation's billing managers (owners) can buy tokens.
            </p>
          )}
        </section>
      </div>

      <TransactionsTable refreshKey={refreshKey} />
    </section>
  );
}
