import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useSession } from '@/lib/auth/use-session';

import {
  isMfaChallenge,
  useLoginMutation,
  useRequestPasswordResetMutation,
  useVerifyMfaMutation,
} from '../api/auth-api';
import { AuthCard } from '../components/auth-card';
import { ProblemAlert } from '../components/problem-alert';
import { useCompleteSignIn } from '../components/use-complete-sign-in';

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

function PasswordStep({
  initialEmail,
  notice,
  onMfa,
  onForgot,
}: {
  initialEmail: string;
  notice: string | undefined;
  onMfa: (mfaToken: string) => void;
  onForgot: () => void;
}) {
  const [login, { isLoading, error }] = useLoginMutation();
  const completeSignIn = useCompleteSignIn();
  const form = useForm({
    initialValues: { email: initialEmail, password: '' },
    validate: {
      email: (v) => (v.trim() ? null : 'Enter your e-mail address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const result = await login({
        email: values.email.trim(),
        password: values.password,
      }).unwrap();
      if (isMfaChallenge(result)) onMfa(result.mfaToken);
      else completeSignIn(result);
    } catch {
      form.setFieldValue('password', '');
    }
  });

  return (
    <AuthCard title="Sign in">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {notice && !error && (
            <Alert color="blue" variant="light" role="status">
              {notice}
            </Alert>
          )}
          {error && <ProblemAlert error={error} />}
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="username"
            required
            data-autofocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={isLoading}>
            Sign in
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={onForgot}>
            Forgot password?
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}

function MfaStep({ mfaToken, onCancel }: { mfaToken: string; onCancel: () => void }) {
  const [verify, { isLoading, error, reset }] = useVerifyMfaMutation();
  const completeSignIn = useCompleteSignIn();
  const [recovery, setRecovery] = useState(false);
  const form = useForm({
    initialValues: { code: '' },
    validate: {
      code: (v) =>
        recovery
          ? /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/.test(v.trim())
            ? null
            : 'Enter a recovery code like abcde-12345'
          : /^\d{6}$/.test(v.trim())
            ? null
            : 'Enter the 6-digit code',
    },
  });

  const submit = form.onSubmit(async ({ code }) => {
    try {
      completeSignIn(await verify({ mfaToken, code: code.trim() }).unwrap());
    } catch {
      form.setFieldValue('code', '');
    }
  });

  const toggle = () => {
    setRecovery((r) => !r);
    form.reset();
    reset();
  };

  return (
    <AuthCard
      title="Two-factor authentication"
      description={
        recovery
          ? 'Enter one of the recovery codes you saved when you set up two-factor authentication. Each code works once.'
          : 'Enter the 6-digit code from your authenticator app.'
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          {recovery ? (
            <TextInput
              key="recovery"
              label="Recovery code"
              autoComplete="off"
              spellCheck={false}
              required
              data-autofocus
              {...form.getInputProps('code')}
            />
          ) : (
            <TextInput
              key="totp"
              label="Authentication code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              data-autofocus
              {...form.getInputProps('code')}
            />
          )}
          <Button type="submit" loading={isLoading}>
            Verify
          </Button>
          <Group justify="space-between">
            <Anchor component="button" type="button" size="sm" onClick={toggle}>
              {recovery ? 'Use the authenticator app' : 'Use a recovery code'}
            </Anchor>
            <Anchor component="button" type="button" size="sm" onClick={onCancel}>
              Start over
            </Anchor>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}

function ForgotPassword({ onBack }: { onBack: () => void }) {
  const [request, { data, isLoading, error }] = useRequestPasswordResetMutation();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter an e-mail address') },
  });
  const submit = form.onSubmit(async ({ email }) => {
    try {
      await request({ email: email.trim() }).unwrap();
    } catch {
      // Shown by the alert below.
    }
  });

  return (
    <AuthCard
      title="Reset your password"
      description="Enter the e-mail address of your account to get a link for choosing a new password."
    >
      {data ? (
        <Stack gap="sm">
          {/* The same answer for every address: it never tells whether an account exists. */}
          {data.mailConfigured ? (
            <Alert color="green" variant="light" role="status">
              If an account exists for that address, a reset link is on its way. The link works for
              a limited time.
            </Alert>
          ) : (
            <Alert color="yellow" variant="light" role="status" title="No e-mail will arrive">
              This server is not set up to send e-mail, so no reset link can be mailed. Ask an
              administrator: they can create a password reset link for you under Admin → Users.
            </Alert>
          )}
          <Button variant="default" onClick={onBack}>
            Back to sign in
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {error && <ProblemAlert error={error} />}
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={isLoading}>
              Send reset link
            </Button>
            <Text size="sm">
              <Anchor component="button" type="button" onClick={onBack}>
                Back to sign in
              </Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
