import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useSession } from '@/lib/auth/use-session';

import { ForgotPassword } from '../components/sign-in/forgot-password';
import { MfaStep } from '../components/sign-in/mfa-step';
import { PasswordStep } from '../components/sign-in/password-step';

interface LoginState {
  from?: string;
  email?: string;
  notice?: string;
}

function readState(state: unknown): LoginState {
  return typeof state === 'object' && state !== null ? state : {};
}

/** Where to go after sign-in: the page the user wanted, never an outside or auth page. */
function safeTarget(from: string | undefined): string {
  if (!from?.startsWith('/') || from.startsWith('//')) return '/';
  if (from.startsWith('/login') || from.startsWith('/setup')) return '/';
  return from;
}

type Step = { kind: 'password' } | { kind: 'mfa'; mfaToken: string } | { kind: 'forgot' };

export function LoginRoute() {
  const location = useLocation();
  const state = readState(location.state);
  const session = useSession();
  const [step, setStep] = useState<Step>({ kind: 'password' });

  if (session.status === 'authenticated') {
    return <Navigate to={safeTarget(state.from)} replace />;
  }

  if (step.kind === 'mfa') {
    return (
      <MfaStep
        mfaToken={step.mfaToken}
        onCancel={() => {
          setStep({ kind: 'password' });
        }}
      />
    );
  }
  if (step.kind === 'forgot') {
    return (
      <ForgotPassword
        onBack={() => {
          setStep({ kind: 'password' });
        }}
      />
    );
  }
  return (
    <PasswordStep
      initialEmail={state.email ?? ''}
      notice={
        state.notice ??
        (session.reason === 'expired'
          ? 'Your session has ended. Sign in again.'
          : session.reason === 'signed-out'
            ? 'You signed out.'
            : undefined)
      }
      onMfa={(mfaToken) => {
        setStep({ kind: 'mfa', mfaToken });
      }}
      onForgot={() => {
        setStep({ kind: 'forgot' });
      }}
    />
  );
}
