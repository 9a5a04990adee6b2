import { IMPACT_NOTE_KINDS } from '@common-ground/domain';
import { Stack, Text } from '@mantine/core';
import { formatDay } from '../../../lib/calendar-day';
import type { ReportStories } from '../api/types';
import { EvidenceLink } from './evidence-link';
import { ReportSection, type HeadingLevel } from './report-section';
import { count } from './report-words';
import classes from './report-view.module.css';

/** Stories and quotes the people quoted agreed to share; the newest are shown, with how many there are in all. */
export function StoriesSection({ stories, order }: { stories: ReportStories; order: HeadingLevel }) {
  const total = count(stories.total, 'story or quote', 'stories and quotes');
  return (
    <ReportSection title="Stories and quotes" order={order}>
      {stories.total === 0 ? (
        <Text size="sm">No story or quote with consent to share was noted in this period.</Text>
      ) : (
        <Text size="sm">
          <EvidenceLink source={stories.source} label={`${total} with consent — show ${stories.total === 1 ? 'it' : `all ${total}`}`}>
            {total}
          </EvidenceLink>{' '}
          with consent to share{stories.shown.length < stories.total ? `; the newest ${stories.shown.length} are below` : ''}.
        </Text>
      )}
      <Stack gap="md">
        {stories.shown.map((story) => (
          <figure key={story.id} className={classes.quote}>
            <Text component="blockquote" m={0} style={{ whiteSpace: 'pre-wrap' }}>
              {story.text}
            </Text>
            <Text component="figcaption" size="sm" c="dimmed">
              {[IMPACT_NOTE_KINDS.labels[story.kind], story.attribution, story.partnerName, story.programTitle, formatDay(story.notedOn)]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </figure>
        ))}
      </Stack>
    </ReportSection>
  );
}
