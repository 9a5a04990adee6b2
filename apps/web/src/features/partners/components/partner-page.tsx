import { Anchor, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordNotFound, RecordPageSkeleton } from '../../../components/ui/record-page-states';
import { useSelectedTabInView } from '../../../hooks/use-selected-tab-in-view';
import { useTabInAddress } from '../../../hooks/use-tab-in-address';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { PartnerHealthTab } from '../../health/components/partner-health-tab';
import { PartnerFollowUpsTab } from '../../commitments/components/partner-follow-ups-tab';
import { PartnerContactsTab } from '../../contacts/components/partner-contacts-tab';
import { ContributionsPanel } from '../../contributions/components/contributions-panel';
import { ImpactNotesPanel } from '../../impact-notes/components/impact-notes-panel';
import { PartnerProgramsTab } from '../../programs/components/partner-programs-tab';
import { PartnerTimelineTab } from '../../timeline/components/partner-timeline-tab';
import { PartnerValuePanel } from '../../value/components/partner-value-panel';
import { PartnerAssessmentEntry } from '../../assessments/components/partner-assessment-entry';
import { partnerQueryOptions } from '../api/partners-queries';
import { ARCHIVE_NOT_ALLOWED, mayArchiveRecord } from '../partner-permissions';
import { ArchivePartnerModal } from './archive-partner-modal';
import { PartnerArchivedBanner } from './partner-archived-banner';
import { PartnerHeader } from './partner-header';
import { PartnerOverview } from './partner-overview';
import tabClasses from '../../../components/ui/scrolling-tabs.module.css';

const TABS = ['overview', 'contacts', 'follow-ups', 'timeline', 'programs', 'contributions', 'notes', 'value', 'health'] as const;
// The timeline's filter belongs to that tab only.
const TIMELINE_ONLY_PARAMS = ['kind'];

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

  if (partner.isPending) return <RecordPageSkeleton record="partner" />;
  if (partner.isError) {
    const problem = toProblemError(partner.error);
    if (problem.status === 404) return <RecordNotFound record="partner" listPath="/partners" listName="partners" />;
    return <ProblemAlert problem={problem} title="This partner didn't load" onRetry={() => void partner.refetch()} />;
  }
  return <PartnerDetails partner={partner.data} />;
}

function PartnerDetails({ partner }: { partner: Partner }) {
  const me = useCurrentUser();
  const [tab, changeTab] = useTabInAddress(TABS, TIMELINE_ONLY_PARAMS);
  const [archiveOpened, archiveModal] = useDisclosure(false);
  const mayArchive = mayArchiveRecord(me, partner);
  // An archived partner's records can be read but not changed (the API refuses), so no changes are offered.
  const readOnly = partner.archivedAt !== null;
  const tabListRef = useSelectedTabInView(tab);

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/partners" size="sm">
        ← All partners
      </Anchor>
      <PartnerArchivedBanner partner={partner} mayRestore={mayArchive} />
      <PartnerHeader partner={partner} mayArchive={mayArchive} onArchive={archiveModal.open} />
      <PartnerAssessmentEntry partner={partner} />
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
          <Tabs.Tab value="health">Health</Tabs.Tab>
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
        <Tabs.Panel value="health" pt="md">
          <PartnerHealthTab partnerId={partner.id} />
        </Tabs.Panel>
      </Tabs>

      <ArchivePartnerModal partner={partner} opened={archiveOpened} onClose={archiveModal.close} />
    </Stack>
  );
}
