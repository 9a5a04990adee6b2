import { Stack } from '@mantine/core';
import type { ReportFigures } from '../api/types';
import { HealthSection } from './health-section';
import { OutcomesSection } from './outcomes-section';
import { OutputsSection } from './outputs-section';
import { PartnersSection } from './partners-section';
import { ReportHeader } from './report-header';
import type { HeadingLevel } from './report-section';
import { StoriesSection } from './stories-section';

interface ReportViewProps {
  figures: ReportFigures;
  /** The level of the report's own headings: 2 on the report's page and the printable page, 3 inside the preview. */
  order?: HeadingLevel;
  /** The level of the report's title: 1 where the report is the whole page (the printable page); `order` otherwise. */
  titleOrder?: 1 | HeadingLevel;
}

/**
 * A funder summary as it reads (DOMAIN.md "What a funder summary contains"): one component for the live preview,
 * the saved report and the printable page, so what was previewed is what is saved and printed.
 */
export function ReportView({ figures, order = 2, titleOrder = order }: ReportViewProps) {
  return (
    <Stack gap="xl">
      <ReportHeader header={figures.header} order={titleOrder} />
      <OutputsSection outputs={figures.outputs} order={order} />
      <OutcomesSection outcomes={figures.outcomes} order={order} />
      <PartnersSection partners={figures.partners} order={order} />
      <HealthSection health={figures.health} order={order} />
      <StoriesSection stories={figures.stories} order={order} />
    </Stack>
  );
}
