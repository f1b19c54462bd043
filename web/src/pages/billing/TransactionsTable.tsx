import { useEffect, useState } from 'react';
import { api, type TokenTransaction } from '../../api';
import { formatDateTime, formatTokenChange, formatTokens, humanize } from '../../billing';
import { describeError } from '../../forms';

const PAGE_SIZE = 20;

const TYPES: { value: string; label: string }[] = [
  { value: '', label: 'All types' },
  { value: 'purchase', label: 'Purchases' },
  { value: 'debit', label: 'Spending' },
  { value: 'reserve', label: 'Reservations' },
  { value: 'release', label: 'Releases' },
  { value: 'refund', label: 'Refunds' },
  { value: 'transfer', label: 'Transfers' },
  { value: 'adjustment', label: 'Adjustments' },
];

function describe(transaction: TokenTransaction): string {
  if (transaction.memo) return transaction.memo;
  if (transaction.module) return [humanize(transaction.module), transaction.action && humanize(transaction.action)].filter(Boolean).join(' · ');
  return '—';
}

/** What an entry did to the balance; reservations and releases move only the reserved tokens. */
function change(transaction: TokenTransaction): string {
  if (transaction.balanceChange !== 0 || transaction.reservedChange === 0) return formatTokenChange(transaction.balanceChange);
  const tokens = formatTokens(Math.abs(transaction.reservedChange));
  return transaction.reservedChange > 0 ? `${tokens} reserved` : `${tokens} released`;
}

/**
 * The ledger, newest first, a page at a time. `refreshKey` changes when something outside (a paid
 * purchase) added entries: the list then starts again from the newest.
 */
export function TransactionsTable({ refreshKey }: { refreshKey: number }) {
  const [type, setType] = useState('');
  const [transactions, setTransactions] = useState<TokenTransaction[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    setLoading(true);
    setError(null);
    api.transactions({ type }, null, PAGE_SIZE).then(
      (page) => {
        if (!active) return;
        setTransactions(page.data);
        setCursor(page.meta.cursor);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!active) return;
        setTransactions([]);
        setCursor(null);
        setError(describeError(failure, []).form);
        setLoading(false);
      },
    );
    return () => {
      active = false;
    };
  }, [type, refreshKey]);

  async function loadMore() {
    if (!cursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await api.transactions({ type }, cursor, PAGE_SIZE);
      setTransactions((current) => {
        const seen = new Set(current.map((transaction) => transaction.id));
        return [...current, ...page.data.filter((transaction) => !seen.has(transaction.id))];
      });
      setCursor(page.meta.cursor);
    } catch (failure) {
      setError(describeError(failure, []).form);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="card" aria-labelledby="transactions-title">
      <div className="card-header">
        <h2 id="transactions-title">Transactions</h2>
        <div className="inline-field">
          <label htmlFor="transaction-type">Type</label>
          <select
            id="transaction-type"
            className="select-compact"
            value={type}
            onChange={(event) => setType(event.target.value)}
            data-testid="transaction-type"
          >
            {TYPES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {loading ? (
        <div className="loading" role="status">
          Loading transactions…
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="transactions-table">
            <caption className="visually-hidden">Token transactions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Type</th>
                <th scope="col">Description</th>
                <th scope="col" className="cell-number">
                  Change
                </th>
                <th scope="col" className="cell-number">
                  Balance after
                </th>
              </tr>
            </thead>
            <tbody>
              {transactions.length === 0 && !error && (
                <tr>
                  <td colSpan={5} className="muted">
                    {type ? 'No transactions of this type yet.' : 'No transactions yet.'}
                  </td>
                </tr>
              )}
              {transactions.map((transaction) => (
                <tr key={transaction.id} data-testid="transaction-row" data-type={transaction.type}>
                  <td>{formatDateTime(transaction.createdAt)}</td>
                  <td>
                    <span className={`badge badge-${transaction.type}`}>{humanize(transaction.type)}</span>
                  </td>
                  <td>{describe(transaction)}</td>
                  <td className="cell-number" data-testid="transaction-change">
                    {change(transaction)}
                  </td>
                  <td className="cell-number">{formatTokens(transaction.balanceAfter)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <div className="alert alert-error" role="alert" data-testid="transactions-error">
          {error}
        </div>
      )}
      {cursor && !loading && (
        <div className="table-footer">
          <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={loadingMore} data-testid="transactions-load-more">
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </section>
  );
}
