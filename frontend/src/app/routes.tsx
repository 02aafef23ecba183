import type { RouteObject } from 'react-router';

import { NotFound } from '@/components/errors/not-found';
import { RouteErrorBoundary } from '@/components/errors/route-error-boundary';
import { AppLayout } from '@/components/layout/app-layout';
import { PageLoader } from '@/components/page-loader';

/**
 * Every page is its own chunk, loaded when first visited. The shell (header, navbar)
 * stays in the entry chunk so navigation never waits for it.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    HydrateFallback: PageLoader,
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
              Component: (await import('@/features/content/routes/content-route')).ContentRoute,
            }),
          },
          {
            path: 'media',
            lazy: async () => ({
              Component: (await import('@/features/media/routes/media-route')).MediaRoute,
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
            path: 'settings',
            lazy: async () => ({
              Component: (await import('@/features/settings/routes/settings-route')).SettingsRoute,
            }),
          },
          {
            path: 'system',
            lazy: async () => ({
              Component: (await import('@/features/system/routes/system-route')).SystemRoute,
            }),
          },
          // Tiny, and the error boundary needs it anyway: not worth a chunk of its own.
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
];
