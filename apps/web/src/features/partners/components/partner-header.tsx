import { PARTNER_TYPES } from '@common-ground/domain';
import { Anchor, Badge, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { KeyFact, KeyFacts } from '../../../components/ui/key-facts';
import type { Partner } from '../../../lib/api-types';
import { QUICK_LOG_SHORTCUT, useQuickLog, useQuickLogPagePartner } from '../../communications/quick-log-context';
import { PartnerHealthKeyFact } from '../../health/components/health-profile';
import { ArchivedBadge, NextReview, PartnerStageBadge } from './partner-badges';
import { LastContact } from './partners-table';

interface PartnerHeaderProps {
  partner: Partner;
  mayArchive: boolean;
  onArchive: () => void;
}

/** The key facts of a relationship at the top of the partner page (Twenty's record header), phone first. */
export function PartnerHeader({ partner, mayArchive, onArchive }: PartnerHeaderProps) {
  const contact = partner.primaryContact;
  const { openQuickLog } = useQuickLog();
  // On this page, "l" and the header's Log button log a conversation with this partner (not an archived one).
  useQuickLogPagePartner(partner.archivedAt ? null : partner);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} miw={0}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {partner.name}
          </Title>
          <Group gap="xs" wrap="wrap">
            <PartnerStageBadge stage={partner.stage} />
            {partner.archivedAt && <ArchivedBadge />}
            <Text size="sm" c="dimmed">
              {PARTNER_TYPES.labels[partner.type]}
            </Text>
          </Group>
        </Stack>
        <Group gap="sm">
          {!partner.archivedAt && (
            <Button onClick={() => openQuickLog({ id: partner.id, name: partner.name })} aria-keyshortcuts={QUICK_LOG_SHORTCUT}>
              Log a conversation
            </Button>
          )}
          <Button component={Link} to={`/partners/${partner.id}/edit`} variant={partner.archivedAt ? 'filled' : 'default'}>
            Edit
          </Button>
          {mayArchive && !partner.archivedAt && (
            <Button variant="default" color="red" onClick={onArchive}>
              Archive
            </Button>
          )}
        </Group>
      </Group>

      <KeyFacts>
        <KeyFact label="Liaison">{partner.liaison?.name ?? 'No liaison yet'}</KeyFact>
        <KeyFact label="Next review">
          <NextReview partner={partner} empty="Nothing to review" />
        </KeyFact>
        <KeyFact label="Primary contact" wide="on-phone">
          {contact ? (
            <>
              {contact.name}
              {contact.email && (
                <>
                  <br />
                  <Anchor href={`mailto:${contact.email}`} size="sm">
                    {contact.email}
                  </Anchor>
                </>
              )}
              {contact.phone && (
                <>
                  <br />
                  <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} size="sm">
                    {contact.phone}
                  </Anchor>
                </>
              )}
            </>
          ) : (
            'None yet'
          )}
        </KeyFact>
        <KeyFact label="Website" wide="on-phone">
          {partner.website ? (
            <Anchor href={partner.website} target="_blank" rel="noopener noreferrer" size="sm">
              {partner.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
            </Anchor>
          ) : (
            'None recorded'
          )}
        </KeyFact>
        <PartnerHealthKeyFact partnerId={partner.id} />
        <KeyFact label="Last contact">
          <LastContact value={partner.lastContactAt} />
        </KeyFact>
        <KeyFact label="Tags">
          {partner.tags.length > 0 ? (
            <Group gap={4} component="span" wrap="wrap">
              {partner.tags.map((tag) => (
                <Badge key={tag} variant="outline" color="gray" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : (
            'None'
          )}
        </KeyFact>
      </KeyFacts>
    </Stack>
  );
}
