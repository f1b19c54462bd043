import type { ReactNode } from 'react';

/** The centred card used by the sign-in, sign-up and invitation screens. */
export function AuthCard({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="auth-page">
      <section className="card auth-card" aria-labelledby="auth-title">
        <h1 id="auth-title">{title}</h1>
        {intro && <p className="muted">{intro}</p>}
        {children}
      </section>
      {footer && <p className="auth-footer">{footer}</p>}
    </div>
  );
}
