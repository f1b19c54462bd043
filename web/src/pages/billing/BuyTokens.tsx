import { useEffect, useRef, useState } from 'react';
import { ApiError, api, type BundleCatalogue, type PaymentProviderOption, type Purchase, type TokenBundle } from '../../api';
import { formatMoney, formatTokens, normalizeKenyanMobile } from '../../billing';
import { describeError, FormError, SelectField, TextField, useFormSubmission } from '../../forms';

const FIELDS = ['bundle', 'provider', 'currency', 'phone'] as const;
const POLL_MS = 1500;
const SETTLED = new Set(['PAID', 'CANCELLED', 'FAILED', 'EXPIRED']);

function priceText(bundle: TokenBundle, currency: string): string {
  const price = bundle.prices.find((candidate) => candidate.currency === currency);
  return price ? formatMoney(price.currency, price.amount) : `not sold in ${currency}`;
}

/** The currency to keep when the provider changes: the one chosen if the new provider takes it, else its first. */
function currencyFor(provider: PaymentProviderOption | undefined, current: string): string {
  if (!provider) return current;
  return provider.currencies.includes(current) ? current : (provider.currencies[0] ?? '');
}

function phoneError(phone: string, providerName: string): string | undefined {
  if (!phone.trim()) return `Enter the phone number that pays with ${providerName}.`;
  return normalizeKenyanMobile(phone) ? undefined : 'Enter a Kenyan mobile number, like 0712345678 or +254712345678.';
}

/** Buy a token bundle, then follow the purchase until the provider settles it. */
export function BuyTokens({ onPaid }: { onPaid(): void }) {
  const [catalogue, setCatalogue] = useState<BundleCatalogue | null>(null);
  const [catalogueError, setCatalogueError] = useState<string | null>(null);
  const [bundle, setBundle] = useState('');
  const [provider, setProvider] = useState('');
  const [currency, setCurrency] = useState('');
  const [phone, setPhone] = useState('');
  const [purchase, setPurchase] = useState<Purchase | null>(null);
  const form = useFormSubmission(FIELDS);
  const { fieldErrors, formError, busy } = form;

  useEffect(() => {
    let active = true;
    api.bundles().then(
      (loaded) => {
        if (!active) return;
        setCatalogue(loaded);
        setBundle((current) => current || (loaded.data[0]?.code ?? ''));
        const preferred = loaded.defaultProvider ?? loaded.providers[0]?.code ?? '';
        setProvider(preferred);
        setCurrency(currencyFor(loaded.providers.find((candidate) => candidate.code === preferred), ''));
      },
      (failure: unknown) => active && setCatalogueError(describeError(failure, []).form),
    );
    return () => {
      active = false;
    };
  }, []);

  const chosenProvider = catalogue?.providers.find((candidate) => candidate.code === provider);
  const needsPhone = chosenProvider?.needsPhone ?? false;
  const chosenBundle = catalogue?.data.find((candidate) => candidate.code === bundle);

  function chooseProvider(code: string) {
    setProvider(code);
    setCurrency((current) => currencyFor(catalogue?.providers.find((candidate) => candidate.code === code), current));
  }

  const submit = form.onSubmit(
    () => ({
      bundle: chosenBundle ? undefined : 'Choose a bundle.',
      provider: chosenProvider ? undefined : 'Choose how to pay.',
      currency: !chosenProvider?.currencies.includes(currency)
        ? `Choose a currency ${chosenProvider?.name ?? 'the provider'} takes.`
        : chosenBundle && !chosenBundle.prices.some((price) => price.currency === currency)
          ? `This bundle is not sold in ${currency}.`
          : undefined,
      phone: needsPhone ? phoneError(phone, chosenProvider?.name ?? 'M-Pesa') : undefined,
    }),
    async () => {
      setPurchase(null);
      const started = await api.buyTokens({ bundle, provider, currency, ...(needsPhone ? { phone: phone.trim() } : {}) });
      setPurchase(started);
    },
  );

  if (catalogueError) {
    return (
      <div className="alert alert-error" role="alert" data-testid="bundles-error">
        Could not load the token bundles: {catalogueError}
      </div>
    );
  }
  if (!catalogue) {
    return (
      <div className="loading" role="status">
        Loading bundles…
      </div>
    );
  }

  return (
    <>
      <form ref={form.formRef} onSubmit={submit} noValidate data-testid="buy-tokens-form">
        <FormError message={formError} />
        <SelectField id="bundle" label="Bundle" value={bundle} onValue={setBundle} error={fieldErrors.bundle}>
          {catalogue.data.length === 0 && <option value="">No bundles on sale</option>}
          {catalogue.data.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.name}: {formatTokens(candidate.tokens)} tokens, {priceText(candidate, currency)}
            </option>
          ))}
        </SelectField>
        <SelectField id="provider" label="Pay with" value={provider} onValue={chooseProvider} error={fieldErrors.provider}>
          {catalogue.providers.length === 0 && <option value="">No payment provider available</option>}
          {catalogue.providers.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.name}
            </option>
          ))}
        </SelectField>
        {chosenProvider && (chosenProvider.currencies.length > 1 || fieldErrors.currency) && (
          <SelectField id="currency" label="Currency" value={currency} onValue={setCurrency} error={fieldErrors.currency}>
            {chosenProvider.currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </SelectField>
        )}
        {needsPhone && (
          <TextField
            id="phone"
            label={`${chosenProvider?.name ?? 'M-Pesa'} phone number`}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={phone}
            onValue={setPhone}
            error={fieldErrors.phone}
            hint="The payment prompt goes to this phone, e.g. 0712345678."
          />
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy} data-testid="buy-tokens-submit">
            {busy ? 'Starting payment…' : 'Buy tokens'}
          </button>
        </div>
      </form>
      {purchase && <PurchaseProgress key={purchase.id} initial={purchase} onPaid={onPaid} />}
    </>
  );
}

function statusText(purchase: Purchase): string {
  switch (purchase.status) {
    case 'PENDING':
      if (purchase.provider === 'mpesa') return `Waiting for payment: approve the M-Pesa prompt sent to ${purchase.payerPhone ?? 'your phone'}.`;
      if (purchase.checkoutUrl) return 'Waiting for payment on the checkout page.';
      return 'Waiting for payment.';
    case 'PAID':
      return `Paid: ${formatTokens(purchase.tokens)} tokens were added to your balance.`;
    case 'CANCELLED':
      return 'The payment was cancelled. No tokens were added.';
    case 'EXPIRED':
      return 'The payment was not completed in time. No tokens were added.';
    case 'FAILED':
      return `The payment failed${purchase.failureDetail ? `: ${purchase.failureDetail}` : ''}. No tokens were added.`;
    default:
      return purchase.status;
  }
}

/** Polls a started purchase until it settles; tells the page once it is paid. */
function PurchaseProgress({ initial, onPaid }: { initial: Purchase; onPaid(): void }) {
  const [purchase, setPurchase] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [deciding, setDeciding] = useState(false);
  const paidReported = useRef(false);
  const pending = !SETTLED.has(purchase.status);

  useEffect(() => {
    if (!pending) return;
    let active = true;
    const timer = window.setTimeout(async () => {
      try {
        const latest = await api.purchase(purchase.id);
        if (active) setPurchase(latest);
      } catch (failure) {
        // Keep polling through a passing failure; say what went wrong meanwhile.
        if (active) {
          setError(describeError(failure, []).form);
          setPurchase((current) => ({ ...current }));
        }
      }
    }, POLL_MS);
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [pending, purchase]);

  useEffect(() => {
    if (purchase.status === 'PAID' && !paidReported.current) {
      paidReported.current = true;
      onPaid();
    }
  }, [purchase.status, onPaid]);

  async function decide(decision: 'complete' | 'cancel') {
    setDeciding(true);
    setError(null);
    try {
      await api.decideSandboxPayment(purchase.id, decision);
    } catch (failure) {
      // 409: the sandbox's own payer settled it first; the refreshed purchase says how.
      if (!(failure instanceof ApiError && failure.status === 409)) setError(describeError(failure, []).form);
    }
    try {
      setPurchase(await api.purchase(purchase.id));
    } catch (failure) {
      setError(describeError(failure, []).form);
    } finally {
      setDeciding(false);
    }
  }

  const tone = purchase.status === 'PAID' ? 'alert-success' : pending ? 'alert-info' : 'alert-error';
  return (
    <div className={`alert ${tone} purchase-progress`} data-testid="purchase-progress" data-status={purchase.status}>
      <p role="status" aria-live="polite">
        <span className={`badge badge-${purchase.status.toLowerCase()}`} data-testid="purchase-status">
          {purchase.status.charAt(0) + purchase.status.slice(1).toLowerCase()}
        </span>{' '}
        {formatTokens(purchase.tokens)} tokens for {formatMoney(purchase.currency, purchase.amount)}. {statusText(purchase)}
      </p>
      {purchase.receipt && <p className="muted">Receipt: {purchase.receipt}</p>}
      {pending && purchase.checkoutUrl && (
        <p>
          <a href={purchase.checkoutUrl} target="_blank" rel="noreferrer" className="button button-primary">
            Pay on the checkout page
          </a>
        </p>
      )}
      {pending && purchase.provider === 'sandbox' && (
        <div className="button-row">
          <span className="muted">Sandbox: no money moves. Decide as the payer would:</span>
          <button type="button" className="button button-primary button-small" onClick={() => void decide('complete')} disabled={deciding} data-testid="sandbox-complete">
            Complete payment
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => void decide('cancel')} disabled={deciding} data-testid="sandbox-cancel">
            Cancel payment
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert" data-testid="purchase-error">
          {error}
        </p>
      )}
    </div>
  );
}
