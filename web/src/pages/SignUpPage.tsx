import { useState } from 'react';
import { api } from '../api';
import { useAuth } from '../auth';
import { FormError, MIN_PASSWORD_LENGTH, TextField, useFormSubmission, validate } from '../forms';
import { Link, usePageTitle } from '../router';
import { AuthCard } from './AuthCard';

const FIELDS = ['organizationName', 'name', 'email', 'password'] as const;

export function SignUpPage() {
  usePageTitle('Create your organisation');
  const { signedIn } = useAuth();
  const form = useFormSubmission(FIELDS);
  const [organizationName, setOrganizationName] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { fieldErrors, formError, busy } = form;

  const submit = form.onSubmit(
    () => ({
      organizationName: validate.required(organizationName, 'the name of your organisation'),
      name: validate.required(name, 'your name'),
      email: validate.email(email),
      password: validate.password(password),
    }),
    async () => {
      const session = await api.register({
        organizationName: organizationName.trim(),
        name: name.trim(),
        email: email.trim(),
        password,
      });
      await signedIn(session);
    },
  );

  return (
    <AuthCard
      title="Create your organisation"
      intro="Start engaging your audience on WhatsApp. You will be the organisation's owner."
      footer={
        <>
          Already have an account? <Link to="/signin">Sign in</Link>
        </>
      }
    >
      <form ref={form.formRef} onSubmit={submit} noValidate data-testid="signup-form">
        <FormError message={formError} />
        <TextField
          id="organizationName"
          label="Organisation name"
          autoComplete="organization"
          value={organizationName}
          onValue={setOrganizationName}
          error={fieldErrors.organizationName}
          autoFocus
        />
        <TextField id="name" label="Your name" autoComplete="name" value={name} onValue={setName} error={fieldErrors.name} />
        <TextField
          id="email"
          label="E-mail"
          type="email"
          autoComplete="email"
          value={email}
          onValue={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onValue={setPassword}
          error={fieldErrors.password}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? 'Creating…' : 'Create organisation'}
        </button>
      </form>
    </AuthCard>
  );
}
