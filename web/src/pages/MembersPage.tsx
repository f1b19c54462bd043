import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type Member, type Role } from '../api';
import { useAuth, useMe } from '../auth';
import {
  describeError,
  FormError,
  MIN_PASSWORD_LENGTH,
  SelectField,
  TextField,
  useFormSubmission,
  validate,
} from '../forms';
import { formatDate, roleTitle, useRoles } from '../roles';
import { usePageTitle } from '../router';

const PAGE_SIZE = 25;

function statusLabel(status: string): string {
  switch (status) {
    case 'ACTIVE':
      return 'Active';
    case 'INVITED':
      return 'Invited';
    default:
      return status.charAt(0) + status.slice(1).toLowerCase();
  }
}

function errorMessage(error: unknown): string {
  return describeError(error, []).form ?? 'Something went wrong. Please try again.';
}

export function MembersPage() {
  usePageTitle('Members');
  const me = useMe();
  const { roles, error: rolesError } = useRoles();
  const canManage = me.permissions.includes('members:manage');

  const [members, setMembers] = useState<Member[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [listError, setListError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const merge = useCallback((current: Member[], incoming: Member[]) => {
    const seen = new Set(current.map((member) => member.id));
    return [...current, ...incoming.filter((member) => !seen.has(member.id))];
  }, []);

  useEffect(() => {
    let active = true;
    api.members(null, PAGE_SIZE).then(
      (page) => {
        if (!active) return;
        setMembers(page.data);
        setCursor(page.meta.cursor);
        setLoading(false);
      },
      (error: unknown) => {
        if (!active) return;
        setListError(errorMessage(error));
        setLoading(false);
      },
    );
    return () => {
      active = false;
    };
  }, []);

  async function loadMore() {
    if (!cursor) return;
    setLoadingMore(true);
    setListError(null);
    try {
      const page = await api.members(cursor, PAGE_SIZE);
      setMembers((current) => merge(current, page.data));
      setCursor(page.meta.cursor);
    } catch (error) {
      setListError(errorMessage(error));
    } finally {
      setLoadingMore(false);
    }
  }

  function memberAdded(member: Member) {
    setMembers((current) => [member, ...current.filter((existing) => existing.id !== member.id)]);
  }

  function memberChanged(member: Member) {
    setMembers((current) => current.map((existing) => (existing.id === member.id ? member : existing)));
  }

  function memberRemoved(id: string) {
    setMembers((current) => current.filter((existing) => existing.id !== id));
  }

  return (
    <section className="page" aria-labelledby="members-title">
      <div className="page-header">
        <div>
          <p className="eyebrow">{me.organization.name}</p>
          <h1 id="members-title">Members</h1>
          <p className="muted">
            {canManage ? 'Invite people to your organisation and decide what they can do.' : 'The people in your organisation.'}
          </p>
        </div>
      </div>

      {rolesError && (
        <div className="alert alert-error" role="alert">
          Could not load the roles: {rolesError}
        </div>
      )}

      {canManage && <AddMemberForm roles={roles} onAdded={memberAdded} />}

      <section className="card" aria-labelledby="members-list-title">
        <h2 id="members-list-title">People</h2>
        <div aria-live="polite" role="status" className="sr-status">
          {notice && (
            <p className="alert alert-success" data-testid="members-notice">
              {notice}
            </p>
          )}
        </div>
        {actionError && (
          <div className="alert alert-error" role="alert" data-testid="members-error">
            {actionError}
          </div>
        )}
        {loading ? (
          <div className="loading" role="status">
            Loading members…
          </div>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="members-table">
              <caption className="visually-hidden">Members of {me.organization.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Joined</th>
                  {canManage && (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {members.length === 0 && (
                  <tr>
                    <td colSpan={canManage ? 6 : 5} className="muted">
                      No members yet.
                    </td>
                  </tr>
                )}
                {members.map((member) => (
                  <MemberRow
                    key={member.id}
                    member={member}
                    roles={roles}
                    canManage={canManage}
                    isSelf={member.id === me.user?.id}
                    organizationName={me.organization.name}
                    onChanged={memberChanged}
                    onRemoved={memberRemoved}
                    onError={(message) => {
                      setNotice(null);
                      setActionError(message);
                    }}
                    onNotice={(message) => {
                      setActionError(null);
                      setNotice(message);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {listError && (
          <div className="alert alert-error" role="alert" data-testid="members-list-error">
            {listError}
          </div>
        )}
        {cursor && !loading && (
          <div className="table-footer">
            <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={loadingMore} data-testid="load-more">
              {loadingMore ? 'Loading…' : 'Load more'}
            </button>
          </div>
        )}
      </section>
    </section>
  );
}

interface MemberRowProps {
  member: Member;
  roles: Role[] | null;
  canManage: boolean;
  isSelf: boolean;
  organizationName: string;
  onChanged(member: Member): void;
  onRemoved(id: string): void;
  onError(message: string): void;
  onNotice(message: string): void;
}

function MemberRow({ member, roles, canManage, isSelf, organizationName, onChanged, onRemoved, onError, onNotice }: MemberRowProps) {
  const { reloadMe } = useAuth();
  const [busy, setBusy] = useState(false);
  const currentRole = member.roles[0] ?? '';
  const roleNames = member.roles.length ? member.roles.map((key) => roleTitle(key, roles)).join(', ') : '—';
  const label = member.name || member.email;

  async function changeRole(role: string) {
    if (role === currentRole) return;
    setBusy(true);
    try {
      const updated = await api.changeRole(member.id, role);
      onChanged(updated);
      onNotice(`${label} is now ${roleTitle(role, roles)}.`);
      if (isSelf) await reloadMe();
    } catch (error) {
      onError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!window.confirm(`Remove ${label} (${member.email}) from ${organizationName}? They will lose access immediately.`)) return;
    setBusy(true);
    try {
      await api.removeMember(member.id);
      onRemoved(member.id);
      onNotice(`${label} was removed.`);
    } catch (error) {
      onError(errorMessage(error));
      setBusy(false);
    }
  }

  const assignable = roles?.filter((role) => role.assignable) ?? [];
  const showsCurrentSeparately = currentRole !== '' && !assignable.some((role) => role.key === currentRole);

  return (
    <tr data-testid="member-row" data-member-id={member.id} data-email={member.email}>
      <th scope="row" className="cell-name">
        {member.name || '—'}
        {isSelf && <span className="tag">You</span>}
      </th>
      <td>{member.email}</td>
      <td>
        {canManage && roles ? (
          <>
            <label className="visually-hidden" htmlFor={`role-${member.id}`}>
              Role of {label}
            </label>
            <select
              id={`role-${member.id}`}
              className="select-compact"
              value={currentRole}
              disabled={busy}
              onChange={(event) => void changeRole(event.target.value)}
              data-testid="member-role-select"
            >
              {showsCurrentSeparately && (
                <option value={currentRole} disabled>
                  {roleTitle(currentRole, roles)}
                </option>
              )}
              {assignable.map((role) => (
                <option key={role.key} value={role.key}>
                  {role.title}
                </option>
              ))}
            </select>
          </>
        ) : (
          <span data-testid="member-role">{roleNames}</span>
        )}
      </td>
      <td>
        <span className={`badge badge-${member.status.toLowerCase()}`}>{statusLabel(member.status)}</span>
      </td>
      <td>{formatDate(member.joinedAt)}</td>
      {canManage && (
        <td className="cell-actions">
          {!isSelf && (
            <button type="button" className="button button-danger button-small" onClick={() => void remove()} disabled={busy} aria-label={`Remove ${label}`}>
              Remove
            </button>
          )}
        </td>
      )}
    </tr>
  );
}

const ADD_FIELDS = ['email', 'name', 'role', 'password'] as const;

function AddMemberForm({ roles, onAdded }: { roles: Role[] | null; onAdded(member: Member): void }) {
  const form = useFormSubmission(ADD_FIELDS);
  const { fieldErrors, formError, busy } = form;
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [password, setPassword] = useState('');
  const [result, setResult] = useState<{ member: Member; invitationLink: string | null } | null>(null);

  const assignable = roles?.filter((candidate) => candidate.assignable) ?? [];

  // Default to the least privileged role once the catalogue is known.
  useEffect(() => {
    const choices = roles?.filter((candidate) => candidate.assignable) ?? [];
    if (!role && choices.length > 0) {
      setRole((choices.find((candidate) => candidate.key === 'VIEWER') ?? choices[choices.length - 1]).key);
    }
  }, [role, roles]);

  const submit = form.onSubmit(
    () => {
      setResult(null);
      return {
        email: validate.email(email),
        name: validate.required(name, 'a name'),
        role: role ? undefined : 'Choose a role.',
        password: validate.password(password, false),
      };
    },
    async () => {
      const added = await api.addMember({
        email: email.trim(),
        name: name.trim(),
        role,
        ...(password ? { password } : {}),
      });
      onAdded(added.member);
      setResult({
        member: added.member,
        invitationLink: added.invitationToken
          ? `${window.location.origin}/accept-invitation?token=${encodeURIComponent(added.invitationToken)}`
          : null,
      });
      setEmail('');
      setName('');
      setPassword('');
    },
  );

  return (
    <section className="card" aria-labelledby="add-member-title">
      <h2 id="add-member-title">Add a member</h2>
      <p className="muted">
        Leave the password empty to send an invitation instead: you will get a link that lets them choose their own password.
      </p>
      <form ref={form.formRef} onSubmit={submit} noValidate className="form-grid" data-testid="add-member-form">
        <FormError message={formError} />
        <TextField id="member-email" label="E-mail" type="email" autoComplete="off" value={email} onValue={setEmail} error={fieldErrors.email} />
        <TextField id="member-name" label="Name" autoComplete="off" value={name} onValue={setName} error={fieldErrors.name} />
        <SelectField id="member-role" label="Role" value={role} onValue={setRole} error={fieldErrors.role} disabled={!roles}>
          {!roles && <option value="">Loading roles…</option>}
          {assignable.map((candidate) => (
            <option key={candidate.key} value={candidate.key} title={candidate.description}>
              {candidate.title}
            </option>
          ))}
        </SelectField>
        <TextField
          id="member-password"
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onValue={setPassword}
          error={fieldErrors.password}
          optional
          hint={`At least ${MIN_PASSWORD_LENGTH} characters, or leave empty to invite.`}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || !roles} data-testid="add-member-submit">
            {busy ? 'Adding…' : 'Add member'}
          </button>
        </div>
      </form>
      {result && <AddedNotice member={result.member} invitationLink={result.invitationLink} />}
    </section>
  );
}

function AddedNotice({ member, invitationLink }: { member: Member; invitationLink: string | null }) {
  const [copied, setCopied] = useState(false);
  const linkRef = useRef<HTMLInputElement>(null);

  async function copy() {
    if (!invitationLink) return;
    try {
      await navigator.clipboard.writeText(invitationLink);
      setCopied(true);
    } catch {
      // No clipboard access (e.g. plain http): select the text so that it can be copied by hand.
      linkRef.current?.select();
    }
  }

  if (!invitationLink) {
    return (
      <div className="alert alert-success" role="status" data-testid="member-added">
        {member.name || member.email} was added and can sign in now.
      </div>
    );
  }
  return (
    <div className="alert alert-success invitation" role="status" data-testid="invitation">
      <p>
        {member.name || member.email} was invited. Share this link with them so that they can choose a password and join:
      </p>
      <div className="copy-row">
        <label className="visually-hidden" htmlFor="invitation-link">
          Invitation link
        </label>
        <input
          id="invitation-link"
          ref={linkRef}
          readOnly
          value={invitationLink}
          onFocus={(event) => event.target.select()}
          data-testid="invitation-link"
        />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </div>
    </div>
  );
}
