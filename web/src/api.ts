// HTTP client for the ChatNation API (/api/v1) and the browser-side session.
//
// The access token lives only in memory; the refresh token is kept in
// localStorage so that a reload (or a new tab) can resume the session. A 401
// from an authenticated call triggers one refresh (shared by concurrent
// callers, because refresh tokens are single-use) and one retry; if that does
// not help, the session is ended and listeners are told.

const API_BASE = '/api/v1';
const REFRESH_TOKEN_KEY = 'chatnation.refreshToken';

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 7807 problem details as the server sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `Request failed (HTTP ${problem.status})`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export interface Session {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  organizationId: string;
  userId: string;
}

export interface Grant {
  id: string;
  role: string;
  module: string | null;
  entityId: string | null;
  grantedAt: string;
}

export type MemberStatus = 'ACTIVE' | 'INVITED' | string;

export interface Member {
  id: string;
  email: string;
  name: string;
  status: MemberStatus;
  roles: string[];
  grants: Grant[];
  joinedAt: string;
}

export interface Organization {
  id: string;
  name: string;
  createdAt: string;
}

export interface Me {
  actorType: string;
  organization: Organization;
  user: Member | null;
  roles: string[];
  permissions: string[];
}

export interface Role {
  key: string;
  title: string;
  description: string;
  permissions: string[];
  assignable: boolean;
}

export interface Page<T> {
  data: T[];
  meta: { cursor: string | null; limit: number };
}

export interface AddMemberResult {
  member: Member;
  invitationToken: string | null;
}

/** A wallet; token amounts are decimal numbers of tokens (up to three decimals). */
export interface Wallet {
  id: string;
  name: string;
  kind: string;
  balance: number;
  reserved: number;
  available: number;
  lowBalanceThreshold: number;
  belowThreshold: boolean;
  createdAt: string;
}

export type TransactionType = 'purchase' | 'debit' | 'reserve' | 'release' | 'refund' | 'transfer' | 'adjustment';

export interface TokenTransaction {
  id: string;
  walletId: string;
  type: TransactionType | string;
  amount: number;
  /** Signed: a debit is negative. */
  balanceChange: number;
  reservedChange: number;
  balanceAfter: number;
  availableAfter: number;
  module: string | null;
  action: string | null;
  referenceId: string | null;
  reservationId: string | null;
  counterpartWalletId: string | null;
  actorType: string;
  actorId: string | null;
  idempotencyKey: string | null;
  memo: string;
  createdAt: string;
}

export interface UsageLine {
  /** yyyy-mm-dd, UTC */
  day: string;
  module: string;
  action: string;
  tokens: number;
  entries: number;
}

export interface Usage {
  from: string;
  to: string;
  walletId: string | null;
  total: number;
  data: UsageLine[];
}

export interface BundlePrice {
  currency: string;
  /** Decimal string, e.g. "500.00". */
  amount: string;
}

export interface TokenBundle {
  code: string;
  name: string;
  /** Decimal string of tokens, e.g. "100". */
  tokens: string;
  prices: BundlePrice[];
}

export interface PaymentProviderOption {
  code: string;
  name: string;
  currencies: string[];
  needsPhone: boolean;
}

export interface BundleCatalogue {
  data: TokenBundle[];
  providers: PaymentProviderOption[];
  defaultProvider: string | null;
}

export type PurchaseStatus = 'PENDING' | 'PAID' | 'CANCELLED' | 'FAILED' | 'EXPIRED';

export interface Purchase {
  id: string;
  bundle: string;
  tokens: string;
  amount: string;
  currency: string;
  provider: string;
  status: PurchaseStatus | string;
  failureReason: string | null;
  failureDetail: string | null;
  payerPhone: string | null;
  providerReference: string | null;
  checkoutUrl: string | null;
  receipt: string | null;
  startedBy: string;
  createdAt: string;
  updatedAt: string;
  settledAt: string | null;
}

// ---------------------------------------------------------------------------
// Session storage

let accessToken: string | null = null;
const sessionEndedListeners = new Set<() => void>();

function readRefreshToken(): string | null {
  try {
    return window.localStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(REFRESH_TOKEN_KEY, token);
    else window.localStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    // Storage unavailable (private mode, quota): the session then lasts as long as the page.
  }
}

export function hasRefreshToken(): boolean {
  return readRefreshToken() !== null;
}

export function storeSession(session: Session): void {
  accessToken = session.accessToken;
  writeRefreshToken(session.refreshToken);
}

export function clearSession(): void {
  accessToken = null;
  writeRefreshToken(null);
}

/** Called when the session could not be renewed and the user must sign in again. */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

function endSession(): void {
  clearSession();
  sessionEndedListeners.forEach((listener) => listener());
}

// ---------------------------------------------------------------------------
// Transport

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  /** Send the bearer token and recover from a 401 by refreshing (default true). */
  auth?: boolean;
}

async function send(method: Method, path: string, body: unknown, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(API_BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'Could not reach the ChatNation server. Check your connection and try again.',
    });
  }
}

async function toError(response: Response): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The body could not be read: fall back to the status line.
  }
  return problemOf(response.status, response.statusText, text);
}

function problemOf(status: number, statusText: string, text: string): ApiError {
  let problem: Partial<Problem> = {};
  try {
    if (text) problem = JSON.parse(text) as Partial<Problem>;
  } catch {
    // Not JSON (e.g. a proxy's HTML error page): fall back to the status line.
  }
  if (typeof problem !== 'object' || problem === null) problem = {};
  return new ApiError({
    ...problem,
    status,
    title: problem.title || statusText || 'Request failed',
  });
}

async function parse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

let refreshInFlight: Promise<boolean> | null = null;

/**
 * Exchanges the stored refresh token for a new session. Concurrent callers
 * share one request: a refresh token may be used only once.
 */
export function refreshSession(): Promise<boolean> {
  if (!refreshInFlight) {
    refreshInFlight = (async () => {
      const refreshToken = readRefreshToken();
      if (!refreshToken) return false;
      const response = await send('POST', '/auth/refresh', { refreshToken }, null);
      if (response.ok) {
        storeSession(await parse<Session>(response));
        return true;
      }
      if (response.status === 400 || response.status === 401 || response.status === 403) {
        // Invalid, expired or already used: it will never work again.
        clearSession();
      }
      return false;
    })()
      .catch(() => false)
      .finally(() => {
        refreshInFlight = null;
      });
  }
  return refreshInFlight;
}

export async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const auth = options.auth ?? true;
  let response = await send(method, path, body, auth ? accessToken : null);
  if (auth && response.status === 401) {
    const refreshed = await refreshSession();
    if (refreshed) response = await send(method, path, body, accessToken);
    if (!refreshed || response.status === 401) {
      const error = await toError(response);
      endSession();
      throw error;
    }
  }
  if (!response.ok) throw await toError(response);
  return parse<T>(response);
}

/**
 * An authenticated download of a file the API serves (a contact's picture, voice note or document): answers its
 * bytes, and fails with the problem+json like {@link request}. An <img src> could not carry the bearer token.
 */
export async function requestBlob(path: string): Promise<Blob> {
  const get = async () => {
    try {
      return await fetch(API_BASE + path, {
        headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError({
        status: 0,
        title: 'Network error',
        detail: 'Could not reach the ChatNation server. Check your connection and try again.',
      });
    }
  };
  let response = await get();
  if (response.status === 401 && (await refreshSession())) response = await get();
  if (!response.ok) throw await toError(response);
  return response.blob();
}

export interface RawRequestOptions {
  /** Sent as is, e.g. a CSV file. */
  body?: Blob | string;
  contentType?: string;
  accept?: string;
  /** Told the share of the body sent so far, 0 to 1; only XMLHttpRequest can report upload progress. */
  onUploadProgress?: (fraction: number) => void;
}

function sendRaw(method: Method, path: string, options: RawRequestOptions, token: string | null) {
  return new Promise<{ status: number; statusText: string; text: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, API_BASE + path);
    xhr.setRequestHeader('Accept', options.accept ?? 'application/json, application/problem+json');
    if (options.contentType) xhr.setRequestHeader('Content-Type', options.contentType);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    const progress = options.onUploadProgress;
    if (progress) {
      xhr.upload.onprogress = (event) => event.lengthComputable && progress(event.loaded / event.total);
      xhr.upload.onload = () => progress(1);
    }
    xhr.onload = () => resolve({ status: xhr.status, statusText: xhr.statusText, text: xhr.responseText });
    xhr.onerror = () =>
      reject(
        new ApiError({
          status: 0,
          title: 'Network error',
          detail: 'Could not reach the ChatNation server. Check your connection and try again.',
        }),
      );
    xhr.send(options.body ?? null);
  });
}

/**
 * An authenticated call whose body or answer is not JSON (a CSV upload with its progress, a CSV download):
 * answers the response text, and fails with the problem+json like {@link request}.
 */
export async function requestRaw(method: Method, path: string, options: RawRequestOptions = {}): Promise<string> {
  let response = await sendRaw(method, path, options, accessToken);
  if (response.status === 401) {
    const refreshed = await refreshSession();
    if (refreshed) response = await sendRaw(method, path, options, accessToken);
    if (!refreshed || response.status === 401) {
      endSession();
      throw problemOf(response.status, response.statusText, response.text);
    }
  }
  if (response.status < 200 || response.status >= 300) throw problemOf(response.status, response.statusText, response.text);
  return response.text;
}

// ---------------------------------------------------------------------------
// Endpoints

export const api = {
  register: (body: { organizationName: string; name: string; email: string; password: string }) =>
    request<Session>('POST', '/auth/register', body, { auth: false }),

  login: (body: { email: string; password: string }) =>
    request<Session>('POST', '/auth/login', body, { auth: false }),

  acceptInvitation: (body: { token: string; password: string }) =>
    request<Session>('POST', '/auth/accept-invitation', body, { auth: false }),

  /** Revokes the refresh token; never throws, and always clears the local session. */
  async logout(): Promise<void> {
    const refreshToken = readRefreshToken();
    try {
      if (refreshToken) await send('POST', '/auth/logout', { refreshToken }, accessToken);
    } catch {
      // Signing out locally matters more than telling the server.
    } finally {
      clearSession();
    }
  },

  me: () => request<Me>('GET', '/auth/me'),

  roles: () => request<{ data: Role[] }>('GET', '/roles'),

  members: (cursor: string | null, limit: number) => {
    const query = new URLSearchParams({ limit: String(limit) });
    if (cursor) query.set('cursor', cursor);
    return request<Page<Member>>('GET', `/members?${query.toString()}`);
  },

  addMember: (body: { email: string; name: string; role: string; password?: string }) =>
    request<AddMemberResult>('POST', '/members', body),

  changeRole: (id: string, role: string) =>
    request<Member>('PATCH', `/members/${encodeURIComponent(id)}`, { role }),

  removeMember: (id: string) => request<void>('DELETE', `/members/${encodeURIComponent(id)}`),

  wallet: () => request<Wallet>('GET', '/billing/wallet'),

  transactions: (filter: { type?: string }, cursor: string | null, limit: number) => {
    const query = new URLSearchParams({ limit: String(limit) });
    if (filter.type) query.set('type', filter.type);
    if (cursor) query.set('cursor', cursor);
    return request<Page<TokenTransaction>>('GET', `/billing/transactions?${query.toString()}`);
  },

  /** Tokens spent per day and module over the last 30 days (UTC). */
  usage: () => request<Usage>('GET', '/billing/usage'),

  bundles: () => request<BundleCatalogue>('GET', '/billing/bundles'),

  buyTokens: (body: { bundle: string; provider: string; currency: string; phone?: string }) =>
    request<Purchase>('POST', '/billing/purchase', body),

  purchase: (id: string) => request<Purchase>('GET', `/billing/purchases/${encodeURIComponent(id)}`),

  /** The sandbox provider's payer, by hand (only where the sandbox provider is on). */
  decideSandboxPayment: (id: string, decision: 'complete' | 'cancel') =>
    request<{ id: string; status: string }>('POST', `/payments/sandbox/${encodeURIComponent(id)}/${decision}`),
};
