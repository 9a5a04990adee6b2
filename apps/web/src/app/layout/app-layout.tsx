import { STAFF_ROLE_LABELS } from '@common-ground/domain';
import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { SkipLink } from '../../components/ui/skip-link';
import { QuickLogButton } from '../../features/communications/components/quick-log-button';
import { QuickLogProvider } from '../../features/communications/quick-log-context';
import { GlobalSearch } from '../../features/search/components/global-search';
import type { Me } from '../../lib/api-types';
import classes from './app-layout.module.css';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

const MAIN_ID = 'main-content';

/** The frame of every signed-in page: header, main navigation (a burger menu on phones), and the page. */
export function AppLayout({ me, children }: { me: Me; children?: ReactNode }) {
  const [navOpened, nav] = useDisclosure(false);
  useFocusMainOnNavigate(nav.close);

  return (
    <QuickLogProvider>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <SkipLink targetId={MAIN_ID} />
        <AppShell.Header>
          <Group h="100%" px="md" gap="sm" justify="space-between" wrap="nowrap" className={classes.headerRow}>
            <Group gap="sm" wrap="nowrap" className={classes.brand}>
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label="Open navigation"
                aria-expanded={navOpened}
                aria-controls="main-navigation"
              />
              <Anchor component={Link} to="/" fw={800} size="lg" c="inherit" underline="never" className={classes.brandName}>
                Common Ground
              </Anchor>
            </Group>
            <GlobalSearch />
            <Group gap="sm" wrap="nowrap" miw={0} className={classes.headerRow}>
              <QuickLogButton />
              <UserMenu me={me} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          id="main-navigation"
          aria-label="Main"
          p="sm"
          className={classes.navbar}
          mod={{ collapsed: !navOpened }}
        >
          <MainNav role={me.role} />
          <Text size="sm" c="dimmed" mt="md" px="sm" hiddenFrom="sm">
            Signed in as {me.name} ({STAFF_ROLE_LABELS[me.role]})
          </Text>
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
          {children ?? <Outlet />}
        </AppShell.Main>
      </AppShell>
    </QuickLogProvider>
  );
}

/**
 * After a route change, close the phone menu and move focus to the page, so keyboard and screen reader users
 * start at the new content instead of wherever the old page left them. Skipped on first load.
 */
function useFocusMainOnNavigate(closeNav: () => void) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    closeNav();
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [pathname, closeNav]);
}
