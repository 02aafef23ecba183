import type { RouteObject } from 'react-router';

import { NotFound } from '@/components/errors/not-found';
import { RouteErrorBoundary } from '@/components/errors/route-error-boundary';
import { PageLoader } from '@/components/page-loader';
import { RequireSession, SessionGate } from '@/features/identity/components/session-gate';

import { AuthenticatedLayout } from './authenticated-layout';

/**
 * Every page is its own chunk, loaded when first visited. The shell (header, navbar) and the
 * session gates stay in the entry chunk so navigation never waits for them.
 *
 * SessionGate decides between first-run setup, the public pages and the signed-in app;
 * RequireSession sends anonymous users to /login and forces MFA enrolment where required.
 */
export const routes: RouteObject[] = [
  {
    element: <SessionGate />,
    HydrateFallback: PageLoader,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        path: 'setup',
        lazy: async () => ({
          Component: (await import('@/features/identity/routes/setup-route')).SetupRoute,
        }),
      },
      {
        path: 'login',
        lazy: async () => ({
          Component: (await import('@/features/identity/routes/login-route')).LoginRoute,
        }),
      },
      {
        path: 'reset-password',
        lazy: async () => ({
          Component: (await import('@/features/identity/routes/reset-password-route'))
            .ResetPasswordRoute,
        }),
      },
      {
        path: 'confirm-email',
        lazy: async () => ({
          Component: (await import('@/features/identity/routes/confirm-email-route'))
            .ConfirmEmailRoute,
        }),
      },
      {
        path: 'invite/:token',
        lazy: async () => ({
          Component: (await import('@/features/identity/routes/accept-invitation-route'))
            .AcceptInvitationRoute,
        }),
      },
      {
        // Public: an external reviewer has no account; the share link's token is the key.
        path: 'review/:token',
        lazy: async () => ({
          Component: (await import('@/features/content/routes/review-route')).ReviewRoute,
        }),
      },
      {
        element: <RequireSession />,
        children: [
          {
            path: 'enrol-mfa',
            lazy: async () => ({
              Component: (await import('@/features/identity/routes/enrol-mfa-route')).EnrolMfaRoute,
            }),
          },
          {
            path: '/',
            element: <AuthenticatedLayout />,
            children: [
              {
                // Pathless so a failing page shows its error inside the shell.
                errorElement: <RouteErrorBoundary />,
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('@/features/dashboard/routes/dashboard-route'))
                        .DashboardRoute,
                    }),
                  },
                  {
                    path: 'content',
                    lazy: async () => ({
                      Component: (await import('@/features/content/routes/content-route'))
                        .ContentRoute,
                    }),
                  },
                  {
                    path: 'content/:id',
                    lazy: async () => ({
                      Component: (await import('@/features/content/routes/editor-route'))
                        .EditorRoute,
                    }),
                  },
                  {
                    path: 'calendar',
                    lazy: async () => ({
                      Component: (await import('@/features/publishing/calendar/calendar-route'))
                        .CalendarRoute,
                    }),
                  },
                  {
                    path: 'media',
                    lazy: async () => ({
                      Component: (await import('@/features/media/routes/media-route')).MediaRoute,
                    }),
                  },
                  {
                    path: 'channels',
                    lazy: async () => ({
                      Component: (await import('@/features/publishing/routes/channels-route'))
                        .ChannelsRoute,
                    }),
                  },
                  {
                    path: 'channels/:id',
                    lazy: async () => ({
                      Component: (await import('@/features/publishing/routes/channel-route'))
                        .ChannelRoute,
                    }),
                  },
                  {
                    path: 'newsletter',
                    lazy: async () => ({
                      Component: (await import('@/features/newsletter/routes/newsletter-route'))
                        .NewsletterRoute,
                    }),
                  },
                  {
                    path: 'analytics',
                    lazy: async () => ({
                      Component: (await import('@/features/analytics/routes/analytics-route'))
                        .AnalyticsRoute,
                    }),
                  },
                  {
                    path: 'settings/:tab?',
                    lazy: async () => ({
                      Component: (await import('@/features/identity/routes/settings-route'))
                        .SettingsRoute,
                    }),
                  },
                  {
                    path: 'admin/:section?',
                    lazy: async () => ({
                      Component: (await import('@/features/identity/routes/admin-route'))
                        .AdminRoute,
                    }),
                  },
                  {
                    path: 'system',
                    lazy: async () => ({
                      Component: (await import('@/features/system/routes/system-route'))
                        .SystemRoute,
                    }),
                  },
                  // Tiny, and the error boundary needs it anyway: not worth a chunk of its own.
                  { path: '*', Component: NotFound },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
