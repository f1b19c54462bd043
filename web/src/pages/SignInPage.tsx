import { useState } from 'react';
import { api } from '../api';
import { useAuth } from '../auth';
import { FormError, TextField, useFormSubmission, validate } from '../forms';
import { Link, usePageTitle, useLocation } from '../router';
import { AuthCard } from './AuthCard';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  usePageTitle('Sign in');
  const { signedIn } = useAuth();
  const { search } = useLocation();
  const form = useFormSubmission(FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { fieldErrors, formError, busy } = form;

  const submit = form.onSubmit(
    () => ({
      email: validate.email(email),
      password: password ? undefined : 'Enter your password.',
    }),
    async () => {
      const session = await api.login({ email: email.trim(), password });
      await signedIn(session);
      // GuestOnly takes the now signed-in user on to ?next= or home.
    },
  );

  const next = search.get('next');
  const signUpLink = next ? `/signup?next=${encodeURIComponent(next)}` : '/signup';

  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back to ChatNation."
      footer={
        <>
          New to ChatNation? <Link to={signUpLink}>Create an organisation</Link>
        </>
      }
    >
      <form ref={form.formRef} onSubmit={submit} noValidate data-testid="signin-form">
        <FormError message={formError} />
        <TextField
          id="email"
          label="E-mail"
          type="email"
          autoComplete="username"
          value={email}
          onValue={setEmail}
          error={fieldErrors.email}
          autoFocus
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
          error={fieldErrors.password}
        />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </AuthCard>
  );
}
