import {
  IconCalendar,
  IconChartBar,
  IconFileText,
  IconLayoutDashboard,
  IconPhoto,
  IconSend,
  IconServer,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  label: string;
  to: string;
  icon: Icon;
  /** Match the path exactly (default only for `/`); sub-pages keep a section link active. */
  end?: boolean;
}

export const navItems: readonly NavItem[] = [
  { label: 'Dashboard', to: '/', icon: IconLayoutDashboard },
  { label: 'Content', to: '/content', icon: IconFileText },
  // The content calendar (`/calendar`, next issue) goes here, beside Content.
  { label: 'Calendar', to: '/calendar', icon: IconCalendar },
  { label: 'Media', to: '/media', icon: IconPhoto },
  { label: 'Channels', to: '/channels', icon: IconSend },
  { label: 'Analytics', to: '/analytics', icon: IconChartBar },
  { label: 'Settings', to: '/settings', icon: IconSettings },
  { label: 'System', to: '/system', icon: IconServer },
];
