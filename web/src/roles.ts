import { useEffect, useState } from 'react';
import { api, type Role } from './api';

let cached: Promise<Role[]> | null = null;

function loadRoles(): Promise<Role[]> {
  if (!cached) {
    cached = api.roles().then(
      (response) => response.data,
      (error) => {
        cached = null;
        throw error;
      },
    );
  }
  return cached;
}

/** The role catalogue (GET /roles), loaded once per page load. */
export function useRoles(): { roles: Role[] | null; error: string | null } {
  const [roles, setRoles] = useState<Role[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    loadRoles().then(
      (loaded) => active && setRoles(loaded),
      (failure: unknown) => active && setError(failure instanceof Error ? failure.message : 'Could not load the roles.'),
    );
    return () => {
      active = false;
    };
  }, []);
  return { roles, error };
}

/** "ORG_OWNER" -> "Organisation Owner" when the catalogue knows it, else a readable form of the key. */
export function roleTitle(key: string, roles: Role[] | null): string {
  const known = roles?.find((role) => role.key === key);
  if (known) return known.title;
  return key
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date);
}
