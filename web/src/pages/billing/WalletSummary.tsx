import type { Wallet } from '../../api';
import { formatTokens } from '../../billing';

/** Balance, reserved and available tokens of the main wallet, and a warning once it runs low. */
export function WalletSummary({ wallet, canBuy }: { wallet: Wallet; canBuy: boolean }) {
  return (
    <>
      {wallet.belowThreshold && (
        <div className="alert alert-warning" role="alert" data-testid="low-balance">
          <strong>Your token balance is running low.</strong> {formatTokens(wallet.available)} tokens are available, below
          your warning level of {formatTokens(wallet.lowBalanceThreshold)}. Messages and campaigns stop when no tokens
          are left{canBuy ? ': buy tokens below to keep them going.' : '; ask a billing manager to buy tokens.'}
        </div>
      )}
      <div className="stat-grid" data-testid="wallet-summary">
        <Stat id="balance" label="Balance" value={wallet.balance} note="Tokens in the wallet, reserved ones included." />
        <Stat id="reserved" label="Reserved" value={wallet.reserved} note="Set aside for work in progress." />
        <Stat id="available" label="Available" value={wallet.available} note="What can be spent now." emphasised />
      </div>
    </>
  );
}

function Stat({ id, label, value, note, emphasised }: { id: string; label: string; value: number; note: string; emphasised?: boolean }) {
  return (
    <section className={emphasised ? 'card stat stat-emphasised' : 'card stat'} aria-labelledby={`${id}-label`}>
      <h2 id={`${id}-label`} className="stat-label">
        {label}
      </h2>
      <p className="stat-value">
        <span data-testid={`wallet-${id}`}>{formatTokens(value)}</span> <span className="stat-unit">tokens</span>
      </p>
      <p className="muted stat-note">{note}</p>
    </section>
  );
}
