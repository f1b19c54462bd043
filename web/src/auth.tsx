import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, clearSession, hasRefreshToken, onSessionEnded, refreshSession, storeSession, type Me, type Session } from './api';
import { navigate } from './router';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; me: Me };

interface AuthContextValue {
  state: AuthState;
  /** Stores a fresh session (sign-up, sign-in, accepted invitation) and loads the profile. */
  signedIn(session: Session): Promise<void>;
  signOut(): Promise<void>;
  /** Reloads the profile, e.g. after one's own role changed. */
  reloadMe(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>(() => (hasRefreshToken() ? { status: 'loading' } : { status: 'anonymous' }));

  useEffect(() => {
    let active = true;
    if (hasRefreshToken()) {
      (async () => {
        const resumed = await refreshSession();
        if (!resumed) {
          if (active) setState({ status: 'anonymous' });
          return;
        }
        try {
          const me = await api.me();
          if (active) setState({ status: 'authenticated', me });
        } catch {
          if (active) setState({ status: 'anonymous' });
        }
      })();
    }
    const unsubscribe = onSessionEnded(() => setState({ status: 'anonymous' }));
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);

  const signedIn = useCallback(async (session: Session) => {
    storeSession(session);
    try {
      const me = await api.me();
      setState({ status: 'authenticated', me });
    } catch (error) {
      clearSession();
      setState({ status: 'anonymous' });
      throw error;
    }
  }, []);

  const signOut = useCallback(async () => {
    await api.logout();
    setState({ status: 'anonymous' });
    navigate('/signin');
  }, []);

  const reloadMe = useCallback(async () => {
    const me = await api.me();
    setState({ status: 'authenticated', me });
  }, []);

  const value = useMemo(() => ({ state, signedIn, signOut, reloadMe }), [state, signedIn, signOut, reloadMe]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in profile; only for components rendered behind RequireAuth. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useMe needs an authenticated session');
  return state.me;
}
