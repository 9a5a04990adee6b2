import { Anchor, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordNotFound, RecordPageSkeleton } from '../../../components/ui/record-page-states';
import tabClasses from '../../../components/ui/scrolling-tabs.module.css';
import { useSelectedTabInView } from '../../../hooks/use-selected-tab-in-view';
import { useTabInAddress } from '../../../hooks/use-tab-in-address';
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

/** Plan and run one program: its essentials, then tabs for the plan, the partners, the sessions and the results. */
export function ProgramPage() {
  const { id = '' } = useParams();
  const program = useQuery(programQueryOptions(id));
  const notFound = program.isError && toProblemError(program.error).status === 404;
  useDocumentTitle(
    program.data ? `${program.data.title} – Common Ground` : notFound ? 'Program not found – Common Ground' : 'Program – Common Ground',
  );

  if (program.isPending) return <RecordPageSkeleton record="program" />;
  if (program.isError) {
    const problem = toProblemError(program.error);
    if (problem.status === 404) return <RecordNotFound record="program" listPath="/programs" listName="programs" />;
    return <ProblemAlert problem={problem} title="This program didn't load" onRetry={() => void program.refetch()} />;
  }
  return <ProgramDetails program={program.data} />;
}

function ProgramDetails({ program }: { program: Program }) {
  const me = useCurrentUser();
  const [tab, changeTab] = useTabInAddress(TABS);
  const [archiveOpened, archiveModal] = useDisclosure(false);
  const mayArchive = mayArchiveRecord(me, program);
  const readOnly = program.archivedAt !== null;
  const tabListRef = useSelectedTabInView(tab);

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
