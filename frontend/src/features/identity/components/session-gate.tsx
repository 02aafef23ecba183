import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';

import { refreshSession } from '@/lib/api/base-api';
import { sessionHint, sessionStore } from '@/lib/auth/session-store';
import { useSession } from '@/lib/auth/use-session';
import { supportRequestId, toProblemDetails } from '@/lib/problem-details';

import { SETUP_CACHE_KEY, useCompleteSetupMutation, useGetSetupStatusQuery } from '../api/auth-api';

/** Pages anyone may see, signed in or not (setup is handled on its own). */
const PUBLIC_PREFIXES = ['/login', '/reset-password', '/invite/', '/confirm-email', '/review/'];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(prefix));
}

/** Restores the session once per page load: the refresh cookie survives reloads. */
let restoring: Promise<void> | null = null;
export function restoreSessionOnce(): Promise<void> {
  restoring ??= (async () => {
    if (sessionStore.getState().status !== 'unknown') return;
    // Nobody signed in on this browser (or they signed out): a refresh could only be refused.
    if (!sessionHint.present()) {
      sessionStore.signOut('none');
      return;
    }
    const outcome = await refreshSession();
    if (outcome !== 'refreshed' && sessionStore.getState().status === 'unknown') {
      sessionStore.signOut('none');
      // The server was down, not the session: try again on the next load.
      if (outcome === 'unreachable') sessionHint.remember();
    }
  })();
  return restoring;
}

/** Tests start each case with no restore done. */
export function resetSessionRestore() {
  restoring = null;
}

export function FullPageLoader({ label }: { label: string }) {
  return (
    <Center mih="100vh">
      <Loader aria-label={label} />
    </Center>
  );
}

/**
 * The root of every route: asks whether first-run setup is needed and restores the session,
 * showing a loader until both are known, then sends the user where they may go.
 */
export function SessionGate() {
  const { pathname } = useLocation();
  const setup = useGetSetupStatusQuery();
  const session = useSession();
  // While the setup answer refetches after setup, it still says "required": trust the form.
  const [, justSetUp] = useCompleteSetupMutation({ fixedCacheKey: SETUP_CACHE_KEY });

  useEffect(() => {
    void restoreSessionOnce();
  }, []);

  if (setup.isLoading) return <FullPageLoader label="Starting TRAE" />;
  if (setup.isError || !setup.data) {
    const problem = toProblemDetails(setup.error);
    return (
      // Plain elements: Mantine's Alert would pull its close button into the entry chunk.
      <Center mih="100vh" p="md">
        <Stack gap="xs" align="flex-start" maw={480} role="alert">
          <Title order={1} size="h3">
            {problem.title}
          </Title>
          <Text size="sm">{problem.detail ?? 'TRAE could not be reached.'}</Text>
          {supportRequestId(problem) && (
            <Text size="xs" c="dimmed">
              Request id: <code>{supportRequestId(problem)}</code>
            </Text>
          )}
          <Button size="xs" loading={setup.isFetching} onClick={() => void setup.refetch()}>
            Retry
          </Button>
        </Stack>
      </Center>
    );
  }

  if (setup.data.required && !justSetUp.isSuccess) {
    return pathname === '/setup' ? <Outlet /> : <Navigate to="/setup" replace />;
  }
  if (pathname === '/setup') {
    // Right after setup the form itself moves on into the app, signed in.
    return justSetUp.isSuccess ? <Outlet /> : <Navigate to="/login" replace />;
  }
  if (isPublicPath(pathname)) return <Outlet />;
  if (session.status === 'unknown') return <FullPageLoader label="Restoring your session" />;
  return <Outlet />;
}

/**
 * Guards everything behind sign-in: anonymous users go to the login page (which brings them
 * back afterwards), users whose role demands MFA go to enrolment first.
 */
export function RequireSession() {
  const location = useLocation();
  const session = useSession();

  if (session.status !== 'authenticated') {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  const enrolling = location.pathname === '/enrol-mfa';
  if (session.mfaEnrolmentRequired && !enrolling) return <Navigate to="/enrol-mfa" replace />;
  if (!session.mfaEnrolmentRequired && enrolling) return <Navigate to="/" replace />;
  return <Outlet />;
}
