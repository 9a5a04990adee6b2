import { Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { EvidenceBackContext, type EvidenceBack } from '../report-view/evidence-link';
import { ReportView } from '../report-view/report-view';
import type { ReportPreviewState } from './use-report-preview';

/** The figures the report would have if saved now, recomputed as the definition changes. */
export function ReportPreview({ preview, back }: { preview: ReportPreviewState; back: EvidenceBack }) {
  const headingId = useId();
  const { figures, updating, waiting, failure } = preview;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="md">
        <div>
          <Title order={2} id={headingId}>
            Preview
          </Title>
          <Text size="sm" c="dimmed" role="status">
            {waiting
              ? 'Enter the funder’s name and a period to see the preview.'
              : updating
                ? 'Updating the preview…'
                : figures
                  ? 'Computed from the records now. Saving freezes these figures.'
                  : ''}
          </Text>
        </div>
        {failure && <ProblemAlert problem={failure} title="The preview couldn't be computed" onRetry={preview.retry} />}
        {figures ? (
          <div aria-busy={updating || undefined} style={{ opacity: updating ? 0.6 : 1, transition: 'opacity 150ms' }}>
            <EvidenceBackContext.Provider value={back}>
              <ReportView figures={figures} order={3} />
            </EvidenceBackContext.Provider>
          </div>
        ) : (
          !waiting && !failure && <PreviewSkeleton />
        )}
      </Stack>
    </Paper>
  );
}

/** The report's outline while the first preview is computed: header, figures, a chart, a table. */
function PreviewSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden>Computing the preview</VisuallyHidden>
      <Skeleton height={28} width="70%" />
      <Skeleton height={60} />
      <Skeleton height={24} width="30%" />
      <Skeleton height={72} />
      <Skeleton height={160} />
      <Skeleton height={120} />
    </Stack>
  );
}
