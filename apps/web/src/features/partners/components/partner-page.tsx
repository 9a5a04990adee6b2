import { Anchor, Skeleton, Stack, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { useSelectedTabInView } from '../../../hooks/use-selected-tab-in-view';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { PartnerFollowUpsTab } from '../../commitments/components/partner-follow-ups-tab';
import { PartnerContactsTab } from '../../contacts/components/partner-contacts-tab';
import { ContributionsPanel } from '../../contributions/components/contributions-panel';
import { ImpactNotesPanel } from '../../impact-notes/components/impact-notes-panel';
import { PartnerProgramsTab } from '../../programs/components/partner-programs-tab';
import { PartnerTimelineTab } from '../../timeline/components/partner-timeline-tab';
import { PartnerValuePanel } from '../../value/components/partner-value-panel';
import { partnerQueryOptions } from '../api/partners-queries';
import { ARCHIVE_NOT_ALLOWED, mayArchiveRecord } from '../partner-permissions';
import { ArchivePartnerModal } from './archive-partner-modal';
import { PartnerArchivedBanner } from './partner-archived-banner';
import { PartnerHeader } from './partner-header';
import { PartnerOverview } from './partner-overview';
import tabClasses from '../../../components/ui/scrolling-tabs.module.css';

const TABS = ['overview', 'contacts', 'follow-ups', 'timeline', 'programs', 'contributions', 'notes', 'value'] as const;
type PartnerTab = (typeof TABS)[number];
const isTab = (value: string | null): value is PartnerTab => TABS.some((tab) => tab === value);

/**
 * Everything about one relationship: key facts, then tabs for the overview, the people, the follow-ups, the
 * history, the joint programs, what each side contributed, the stories worth telling and the value of it all.
 */
export function PartnerPage() {
  const { id = '' } = useParams();
  const partner = useQuery(partnerQueryOptions(id));
  const notFound = partner.isError && toProblemError(partner.error).status === 404;
  useDocumentTitle(
    partner.data ? `${partner.data.name} – Common Ground` : notFound ? 'Partner not found – Common Ground' : 'Partner – Common Ground',
  );

  if (partner.isPending) return <PartnerPageSkeleton />;
  if (partner.isError) {
    const problem = toProblemError(partner.error);
    if (problem.status === 404) return <PartnerNotFound />;
    return <ProblemAlert problem={problem} title="This partner didn't load" onRetry={() => void partner.refetch()} />;
  }
  return <PartnerDetails partner={partner.data} />;
}

function PartnerDetails({ partner }: { partner: Partner }) {
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const [archiveOpened, archiveModal] = useDisclosure(false);
  const requested = searchParams.get('tab');
  const tab: PartnerTab = isTab(requested) ? requested : 'overview';
  const mayArchive = mayArchiveRecord(me, partner);
  // An archived partner's records can be read but not changed (the API refuses), so no changes are offered.
  const readOnly = partner.archivedAt !== null;
  const tabListRef = useSelectedTabInView(tab);

  const changeTab = (value: string | null) => {
    if (!isTab(value)) return;
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        // The timeline's filter belongs to that tab only.
        next.delete('kind');
        if (value === 'overview') next.delete('tab');
        else next.set('tab', value);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/partners" size="sm">
        ← All partners
      </Anchor>
      <PartnerArchivedBanner partner={partner} mayRestore={mayArchive} />
      <PartnerHeader partner={partner} mayArchive={mayArchive} onArchive={archiveModal.open} />
      {!mayArchive && !partner.archivedAt && (
        <Text size="sm" c="dimmed">
          {ARCHIVE_NOT_ALLOWED}
        </Text>
      )}

      <Tabs value={tab} onChange={changeTab} keepMounted={false} classNames={{ list: tabClasses.list, tab: tabClasses.tab }}>
        <Tabs.List ref={tabListRef}>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="contacts">Contacts</Tabs.Tab>
          <Tabs.Tab value="follow-ups">Follow-ups</Tabs.Tab>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="programs">Programs</Tabs.Tab>
          <Tabs.Tab value="contributions">Contributions</Tabs.Tab>
          <Tabs.Tab value="notes">Notes</Tabs.Tab>
          <Tabs.Tab value="value">Value</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <PartnerOverview partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <PartnerContactsTab partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="follow-ups" pt="md">
          <PartnerFollowUpsTab partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <PartnerTimelineTab partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="programs" pt="md">
          <PartnerProgramsTab partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="contributions" pt="md">
          <ContributionsPanel partnerId={partner.id} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <ImpactNotesPanel partnerId={partner.id} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="value" pt="md">
          <PartnerValuePanel partnerId={partner.id} />
        </Tabs.Panel>
      </Tabs>

      <ArchivePartnerModal partner={partner} opened={archiveOpened} onClose={archiveModal.close} />
    </Stack>
  );
}

function PartnerPageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" maw={1100}>
      <VisuallyHidden role="status">Loading the partner</VisuallyHidden>
      <Skeleton height={14} width={100} />
      <Skeleton height={34} width="60%" />
      <Skeleton height={20} width={220} />
      <Skeleton height={80} />
      <Skeleton height={36} width={320} />
      <Skeleton height={160} />
    </Stack>
  );
}

function PartnerNotFound() {
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>Partner not found</Title>
      <Text>There is no partner at this address. It may have been mistyped, or the link may be out of date.</Text>
      <Anchor component={Link} to="/partners">
        Go to all partners
      </Anchor>
    </Stack>
  );
}
