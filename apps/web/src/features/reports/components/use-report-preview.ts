import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { isProblemError, type ProblemError } from '../../../lib/problem-error';
import { reportPreviewQueryOptions } from '../api/reports-queries';
import type { ReportDefinition, ReportFigures } from '../api/types';
import { isPreviewable, problemErrors, toDefinition, type BuilderErrors, type BuilderValues } from '../report-definition';

/** Long enough to wait for the end of a word or a date, short enough to feel live. */
export const PREVIEW_DELAY_MS = 400;

export interface ReportPreviewState {
  /** The latest figures computed; kept while the next ones load or when the next definition is refused. */
  figures: ReportFigures | null;
  /** A newer preview is on its way (or waiting for typing to pause). */
  updating: boolean;
  /** Nothing to preview yet: no funder's name, or no acceptable period. */
  waiting: boolean;
  /** The API's 400 for the current definition, on the fields it names. */
  fieldErrors: BuilderErrors;
  /** Problems naming no field (said in words above the form). */
  generalErrors: string[];
  /** A failure that is not about the definition (offline, 500): said with "Try again". */
  failure: ProblemError | null;
  retry: () => void;
}

/**
 * The builder's live preview: the definition is sent once typing pauses for PREVIEW_DELAY_MS, and the previous
 * figures stay on screen until the next arrive, so the preview never blinks away while the person edits.
 */
export function useReportPreview(values: BuilderValues): ReportPreviewState {
  const key = JSON.stringify(toDefinition(values));
  const [debouncedKey] = useDebouncedValue(key, PREVIEW_DELAY_MS);
  const definition = useMemo(() => JSON.parse(debouncedKey) as ReportDefinition, [debouncedKey]);
  const previewable = isPreviewable(definition);
  const preview = useQuery(reportPreviewQueryOptions(definition, previewable));

  const lastGood = useRef<ReportFigures | null>(null);
  if (preview.data && !preview.isPlaceholderData) lastGood.current = preview.data;

  const refused = preview.isError && isProblemError(preview.error) && preview.error.status === 400 ? problemErrors(preview.error) : null;
  const failure = preview.isError && !refused && isProblemError(preview.error) ? preview.error : null;

  return {
    figures: preview.data ?? lastGood.current,
    updating: previewable && (key !== debouncedKey || preview.isFetching),
    waiting: !isPreviewable(JSON.parse(key) as ReportDefinition),
    fieldErrors: refused?.errors ?? {},
    generalErrors: refused?.general ?? [],
    failure,
    retry: () => void preview.refetch(),
  };
}
