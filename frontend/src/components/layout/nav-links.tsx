import { NavLink } from '@mantine/core';
import { NavLink as RouterNavLink, useMatch } from 'react-router';

import { navItems, type NavItem } from './nav-items';

interface NavLinksProps {
  items?: readonly NavItem[];
  /** Called after a link is chosen, so the mobile navbar can close. */
  onNavigate?: () => void;
}

function NavItemLink({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const end = item.end ?? item.to === '/';
  const match = useMatch({ path: item.to, end });
  const Icon = item.icon;
  return (
    <NavLink
      // React Router's NavLink sets aria-current="page" on the active link.
      component={RouterNavLink}
      to={item.to}
      end={end}
      label={item.label}
      leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
      active={match !== null}
      onClick={onNavigate}
    />
  );
}

export function NavLinks({ items = navItems, onNavigate }: NavLinksProps) {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item) => (
        <li key={item.to}>
          <NavItemLink item={item} onNavigate={onNavigate} />
        </li>
      ))}
    </ul>
  );
}
