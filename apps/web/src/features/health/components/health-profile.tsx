import { Anchor, Group, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { KeyFact } from '../../../components/ui/key-facts';
import { partnerHealthQueryOptions } from '../api/health-queries';
import type { Band, HealthProfile } from '../api/types';
import { BAND_ORDER, BANDS, factorName } from '../health-words';
import { BandIcon } from './band-badge';

/** "Weakest: Communication & Expectations", or null when no factor has at least medium confidence. */
export function weakestText(profile: HealthProfile): string | null {
  return profile.weakestFactor ? `Weakest: ${factorName(profile.weakestFactor)}` : null;
}

/** The profile as the API words it ("1 strength · 3 borderline · 1 concern"), with the weakest factor. */
export function HealthProfileSummary({ profile }: { profile: HealthProfile }) {
  const weakest = weakestText(profile);
  return (
    <>
      {profile.text}
      {weakest && (
        <Text span size="sm" c="dimmed" display="block">
          {weakest}
        </Text>
      )}
    </>
  );
}

/**
 * The partner header's "Health" fact: the profile and the weakest factor, linking to the Health tab. Shares the
 * Health tab's query for today, so the page asks once. Says so quietly when health is not available.
 */
export function PartnerHealthKeyFact({ partnerId }: { partnerId: string }) {
  const health = useQuery(partnerHealthQueryOptions(partnerId));
  return (
    <KeyFact label="Health">
      {health.isPending ? (
        <Skeleton height={16} width={180} aria-label="Loading the health profile" />
      ) : health.isError ? (
        'Not available right now'
      ) : (
        <Anchor component={Link} to={`/partners/${partnerId}?tab=health`} size="sm" c="inherit" underline="always">
          <HealthProfileSummary profile={health.data.profile} />
        </Anchor>
      )}
    </KeyFact>
  );
}

const COUNT_BANDS: readonly Band[] = BAND_ORDER.filter((band) => band !== 'insufficient');

/**
 * A compact profile for a list row: each band's icon and count in its colour, the weakest factor's code, and the
 * whole profile in words for screen readers (and on hover).
 */
export function HealthProfileBadge({ profile }: { profile: HealthProfile }) {
  const weakest = weakestText(profile);
  const words = weakest ? `${profile.text}. ${weakest}` : profile.text;
  return (
    <Group gap={6} wrap="nowrap" component="span" title={words} style={{ whiteSpace: 'nowrap' }}>
      <VisuallyHidden>{words}</VisuallyHidden>
      {COUNT_BANDS.map((band) => (
        <Text key={band} span size="sm" fw={600} c={`var(--mantine-color-${BANDS[band].color}-light-color)`} aria-hidden="true">
          <BandIcon band={band} />
          {profile[band]}
        </Text>
      ))}
      {profile.weakestFactor && (
        <Text span size="xs" c="dimmed" aria-hidden="true">
          ↓{profile.weakestFactor}
        </Text>
      )}
    </Group>
  );
}
