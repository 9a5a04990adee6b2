import { Anchor, Button, SimpleGrid, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { PageHeader } from '../../../components/ui/page-header';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { QUICK_LOG_SHORTCUT, useQuickLog } from '../../communications/quick-log-context';
import { myDayQueryOptions } from '../api/my-day-queries';
import { MyFollowUps } from './my-follow-ups';
import { QuietPartnersSection } from './quiet-partners-section';
import { RecentlyLoggedSection } from './recently-logged-section';

/**
 * A librarian's day (UX.md): what I owe partners, who is going quiet, and logging what just happened, one tap away.
 * Phone first: one column, the log button at the top where a thumb finds it.
 */
export function HomePage() {
  useDocumentTitle('Home – Common Ground');
  const me = useCurrentUser();
  const firstName = me.name.trim().split(/\s+/)[0] ?? me.name;
  const { openQuickLog } = useQuickLog();
  const day = useQuery(myDayQueryOptions());

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={`Welcome, ${firstName}`}
        description="Your follow-ups, your partners, and what you logged."
        actions={
          <Button size="md" onClick={() => openQuickLog()} aria-keyshortcuts={QUICK_LOG_SHORTCUT} w={{ base: '100%', xs: 'auto' }}>
            Log a conversation
          </Button>
        }
      />

      {day.isPending ? (
        <ListSkeleton rows={6} label="Loading your day" />
      ) : day.isError ? (
        <ProblemAlert problem={toProblemError(day.error)} title="Your day didn’t load" onRetry={() => void day.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="xl">
          <MyFollowUps day={day.data} />
          <Stack gap="xl">
            <QuietPartnersSection partners={day.data.quietPartners} onLog={openQuickLog} />
            <RecentlyLoggedSection communications={day.data.recentlyLogged} />
          </Stack>
        </SimpleGrid>
      )}

      <Anchor component={Link} to="/attention?mine=true">
        Everything that needs your attention
      </Anchor>
    </Stack>
  );
}
