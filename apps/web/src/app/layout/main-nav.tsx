import { roleAtLeast, type StaffRole } from '@common-ground/domain';
import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';

interface NavItem {
  to: string;
  label: string;
  minimum: StaffRole;
}

// Only what exists: a capability adds its link when it lands, so nobody clicks into an empty page.
const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Home', minimum: 'librarian' },
  { to: '/partners', label: 'Partners', minimum: 'librarian' },
  { to: '/programs', label: 'Programs', minimum: 'librarian' },
  // Librarians reach their own attention list from the home page; the whole list is the managers' job.
  { to: '/attention', label: 'Attention', minimum: 'manager' },
  { to: '/health', label: 'Portfolio health', minimum: 'manager' },
  { to: '/reports', label: 'Reports', minimum: 'manager' },
  { to: '/settings', label: 'Settings', minimum: 'manager' },
  { to: '/admin/users', label: 'Staff accounts', minimum: 'admin' },
];

export function MainNav({ role }: { role: StaffRole }) {
  const { pathname } = useLocation();
  const items = NAV_ITEMS.filter((item) => roleAtLeast(role, item.minimum));
  return (
    <Stack gap={4}>
      {items.map((item) => {
        const active = item.to === '/' ? pathname === '/' : pathname.startsWith(item.to);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={active}
            aria-current={active ? 'page' : undefined}
          />
        );
      })}
    </Stack>
  );
}
