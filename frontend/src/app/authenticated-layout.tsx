import { IconShieldCog } from '@tabler/icons-react';
import { lazy, Suspense, useMemo } from 'react';

import { AppLayout } from '@/components/layout/app-layout';
import { navItems, type NavItem } from '@/components/layout/nav-items';
import { useCanAdminister } from '@/features/identity/components/authenticated-nav';
import { useSiteTitle } from '@/features/identity/components/site-name';

// The menu pulls in Mantine's popover machinery: its own chunk, after the first paint.
const UserMenu = lazy(async () => ({
  default: (await import('@/features/identity/components/user-menu')).UserMenu,
}));

const MfaReminderBanner = lazy(async () => ({
  default: (await import('@/features/identity/components/mfa-reminder-banner')).MfaReminderBanner,
}));

const adminItem: NavItem = { label: 'Admin', to: '/admin', icon: IconShieldCog };

/** The shell for a signed-in user: their menu, their reminders, the links they may use. */
export function AuthenticatedLayout() {
  const canAdminister = useCanAdminister();
  useSiteTitle();
  const items = useMemo(
    () => (canAdminister ? [...navItems, adminItem] : navItems),
    [canAdminister],
  );
  return (
    <AppLayout
      navItems={items}
      headerActions={
        <Suspense fallback={null}>
          <UserMenu />
        </Suspense>
      }
      banner={
        <Suspense fallback={null}>
          <MfaReminderBanner />
        </Suspense>
      }
    />
  );
}
