import { Anchor, Skeleton, Stack, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import tabClasses from '../../../components/ui/scrolling-tabs.module.css';
import { useSelectedTabInView } from '../../../hooks/use-selected-tab-in-view';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { ContributionsPanel } from '../../contributions/components/contributions-panel';
import { ImpactNotesPanel } from '../../impact-notes/components/impact-notes-panel';
import { OutcomesPanel } from '../../outcomes/components/outcomes-panel';
import { mayArchiveRecord } from '../../partners/partner-permissions';
import { programQueryOptions } from '../api/programs-queries';
import type { Program } from '../api/types';
import { ArchiveProgramModal, PROGRAM_ARCHIVE_NOT_ALLOWED, ProgramArchivedBanner } from './program-archive';
import { ProgramHeader } from './program-header';
import { ProgramOverview } from './program-overview';
import { ProgramRolesTab } from './program-roles-tab';
import { ProgramSessionsTab } from './program-sessions-tab';

const TABS = ['overview', 'roles', 'sessions', 'contributions', 'outcomes', 'notes'] as const;
type ProgramTab = (typeof TABS)[number];
const isTab = (value: string | null): value is ProgramTab => TABS.some((tab) => tab === value);

/** Plan and run one program: its essentials, then tabs for the plan, the partners, the sessions and the results. */
export function ProgramPage() {
  const { id = '' } = useParams();
  const program = useQuery(programQueryOptions(id));
  const notFound = program.isError && toProblemError(program.error).status === 404;
  useDocumentTitle(
    program.data ? `${program.data.title} – Common Ground` : notFound ? 'Program not found – Common Ground' : 'Program – Common Ground',
  );

  if (program.isPending) return <ProgramPageSkeleton />;
  if (program.isError) {
    const problem = toProblemError(program.error);
    if (problem.status === 404) return <ProgramNotFound />;
    return <ProblemAlert problem={problem} title="This program didn't load" onRetry={() => void program.refetch()} />;
  }
  return <ProgramDetails program={program.data} />;
}

function ProgramDetails({ program }: { program: Program }) {
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const [archiveOpened, archiveModal] = useDisclosure(false);
  const requested = searchParams.get('tab');
  const tab: ProgramTab = isTab(requested) ? requested : 'overview';
  const mayArchive = mayArchiveRecord(me, program);
  const readOnly = program.archivedAt !== null;
  const tabListRef = useSelectedTabInView(tab);

  const changeTab = (value: string | null) => {
    if (!isTab(value)) return;
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === 'overview') next.delete('tab');
        else next.set('tab', value);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="lg" maw={1320}>
      <Anchor component={Link} to="/programs" size="sm">
        ← All programs
      </Anchor>
      <ProgramArchivedBanner program={program} mayRestore={mayArchive} />
      <ProgramHeader program={program} mayArchive={mayArchive} onArchive={archiveModal.open} />
      {!mayArchive && !program.archivedAt && (
        <Text size="sm" c="dimmed">
          {PROGRAM_ARCHIVE_NOT_ALLOWED}
        </Text>
      )}

      <Tabs value={tab} onChange={changeTab} keepMounted={false} classNames={{ list: tabClasses.list, tab: tabClasses.tab }}>
        <Tabs.List ref={tabListRef}>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="roles">Partners & roles</Tabs.Tab>
          <Tabs.Tab value="sessions">Sessions & attendance</Tabs.Tab>
          <Tabs.Tab value="contributions">Contributions</Tabs.Tab>
          <Tabs.Tab value="outcomes">Outcomes</Tabs.Tab>
          <Tabs.Tab value="notes">Notes</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <ProgramOverview program={program} />
        </Tabs.Panel>
        <Tabs.Panel value="roles" pt="md">
          <ProgramRolesTab program={program} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md">
          <ProgramSessionsTab program={program} />
        </Tabs.Panel>
        <Tabs.Panel value="contributions" pt="md">
          <ContributionsPanel programId={program.id} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="outcomes" pt="md">
          <OutcomesPanel programId={program.id} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <ImpactNotesPanel programId={program.id} readOnly={readOnly} />
        </Tabs.Panel>
      </Tabs>

      <ArchiveProgramModal program={program} opened={archiveOpened} onClose={archiveModal.close} />
    </Stack>
  );
}

function ProgramPageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" maw={1100}>
      <VisuallyHidden role="status">Loading the program</VisuallyHidden>
      <Skeleton height={14} width={100} />
      <Skeleton height={34} width="60%" />
      <Skeleton height={20} width={220} />
      <Skeleton height={80} />
      <Skeleton height={36} width={320} />
      <Skeleton height={160} />
    </Stack>
  );
}

function ProgramNotFound() {
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>Program not found</Title>
      <Text>There is no program at this address. It may have been mistyped, or the link may be out of date.</Text>
      <Anchor component={Link} to="/programs">
        Go to all programs
      </Anchor>
    </Stack>
  );
}
