// The organisation's unread channel alerts, shared by the nav badge, the home page and the channels screen: marking
// one read on any of them updates the others without a second request.
import { useEffect, useSyncExternalStore } from 'react';
import { useMe } from './auth';
import { canSeeChannelAlerts, channelsApi, type ChannelAlert } from './messaging';

interface AlertsState {
  unread: ChannelAlert[];
  loaded: boolean;
  error: string | null;
}

const INITIAL: AlertsState = { unread: [], loaded: false, error: null };

let state: AlertsState = INITIAL;
let loading: Promise<void> | null = null;
/** The organisation whose alerts `state` holds. */
let loadedFor: string | null = null;
const listeners = new Set<() => void>();

function set(next: AlertsState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads the alerts anew; concurrent callers share one request. */
export function reloadChannelAlerts(): Promise<void> {
  if (!loading) {
    loading = channelsApi
      .alerts()
      .then(
        (response) => set({ unread: response.items.filter((alert) => !alert.read), loaded: true, error: null }),
        (error: unknown) =>
          set({ ...state, loaded: true, error: error instanceof Error ? error.message : 'Could not load the channel alerts.' }),
      )
      .finally(() => {
        loading = null;
      });
  }
  return loading;
}

/** Marks an alert read for the whole organisation; it leaves every list at once. */
export async function markChannelAlertRead(id: string): Promise<void> {
  await channelsApi.markAlertRead(id);
  set({ ...state, unread: state.unread.filter((alert) => alert.id !== id) });
}

/** Forgets the alerts, e.g. when another organisation's member signs in in the same tab. */
export function forgetChannelAlerts(): void {
  set(INITIAL);
}

/**
 * The unread alerts, loaded on first use (once per organisation) for members who may act on them; empty for the
 * others, who are not asked for them at all.
 */
export function useChannelAlerts(): AlertsState & { allowed: boolean } {
  const me = useMe();
  const allowed = canSeeChannelAlerts(me);
  const current = useSyncExternalStore(subscribe, () => state);
  const orgId = me.organization.id;
  useEffect(() => {
    if (!allowed) return;
    if (loadedFor !== orgId) {
      loadedFor = orgId;
      forgetChannelAlerts();
      void reloadChannelAlerts();
    }
  }, [allowed, orgId]);
  useEffect(() => {
    if (!allowed) return;
    // An alert raised while the dashboard stays open shows up when one comes back to the tab.
    const refresh = () => document.visibilityState === 'visible' && void reloadChannelAlerts();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [allowed]);
  return allowed ? { ...current, allowed } : { ...INITIAL, loaded: true, allowed };
}
