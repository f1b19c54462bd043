import { useState } from 'react';
import { api } from '../api';
import { useAuth } from '../auth';
import { FormError, MIN_PASSWORD_LENGTH, TextField, useFormSubmission, validate } from '../forms';
import { Link, navigate, usePageTitle, useLocation } from '../router';
import { AuthCard } from './AuthCard';

const FIELDS = ['password'] as const;

export function AcceptInvitationPage() {
  usePageTitle('Accept invitation');
  const { signedIn } = useAuth();
  const { search } = useLocation();
  const token = search.get('token') ?? '';
  const form = useFormSubmission(FIELDS);
  const [password, setPassword] = useState('');
  const { fieldErrors, formError, busy } = form;

  if (!token) {
    return (
      <AuthCard title="Accept invitation">
        <div className="alert alert-error" role="alert" data-testid="form-error">
          This invitation link is incomplete. Open the full link you were sent, or ask for a new invitation.
        </div>
        <p>
          <Link to="/signin">Go to sign in</Link>
        </p>
      </AuthCard>
    );
  }

  const submit = form.onSubmit(
    () => ({ password: validate.password(password) }),
    async () => {
      const session = await api.acceptInvitation({ token, password });
      await signedIn(session);
      navigate('/', { replace: true });
    },
  );

  return (
    <AuthCard title="Accept invitation" intro="You have been invited to join an organisation on ChatNation. Choose a password to finish.">
      <form ref={form.formRef} onSubmit={submit} noValidate data-testid="accept-invitation-form">
        <FormError message={formError} />
        <TextField
          id="password"
          label="Choose a password"
          type="password"
          autoComplete="new-password"
          value={password}
          onValue={setPassword}
          error={fieldErrors.password}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          autoFocus
        />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? 'Joining…' : 'Join organisation'}
        </button>
      </form>
    </AuthCard>
  );
}
