import { Button, Grid, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useBlocker, useLocation, useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { UnsavedChangesModal } from '../../../components/ui/unsaved-changes-modal';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { useCreateReport } from '../api/reports-queries';
import {
  BUILDER_FIELD_IDS,
  errorSummaryItems,
  problemErrors,
  clearDraft,
  rememberDefinition,
  saveDraft,
  toDefinition,
  validateBuilder,
  type BuilderErrors,
  type BuilderValues,
} from '../report-definition';
import { PeriodFields } from './period-fields';
import { ReportPreview } from './report-preview';
import { ScopeFields } from './scope-fields';
import { useReportPreview } from './use-report-preview';

/** The report builder: the definition on one side, its live preview on the other (stacked on a phone). */
export function BuilderForm({ initialValues }: { initialValues: BuilderValues }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [values, setValues] = useState(initialValues);
  const [attempts, setAttempts] = useState(0);
  const [saveErrors, setSaveErrors] = useState<BuilderErrors>({});
  const [saveProblem, setSaveProblem] = useState<ProblemError | null>(null);
  const preview = useReportPreview(values);
  const create = useCreateReport();
  const saved = useRef(false);
  const blocker = useLeaveGuard(() => !saved.current && JSON.stringify(values) !== JSON.stringify(initialValues));
  useDraftOfThisEntry(values);

  const change = (changes: Partial<BuilderValues>) => {
    setValues((current) => ({ ...current, ...changes }));
    // Back to live checking: a summary that took focus after "Save report" must not take it again while typing.
    setAttempts(0);
    // What the API said about the last save no longer applies to a changed definition.
    setSaveErrors({});
    setSaveProblem(null);
  };

  const errors: BuilderErrors = { ...preview.fieldErrors, ...saveErrors, ...validateBuilder(values, { forSave: attempts > 0 }) };
  const summary = errorSummaryItems(errors);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    if (Object.keys(validateBuilder(values, { forSave: true })).length > 0 || Object.keys(preview.fieldErrors).length > 0) return;
    create.mutate(toDefinition(values), {
      onSuccess: (report) => {
        saved.current = true;
        rememberDefinition(values);
        clearDraft();
        notifySuccess(`Report for ${report.funderName} saved`);
        navigate(`/reports/${report.id}`);
      },
      onError: (error) => {
        const problem = toProblemError(error);
        if (problem.status === 400) {
          const refused = problemErrors(problem);
          setSaveErrors(refused.errors);
          if (refused.general.length > 0) setSaveProblem(problem);
        } else setSaveProblem(problem);
      },
    });
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Paper component="form" withBorder p="md" radius="md" onSubmit={handleSubmit} noValidate aria-label="Report definition">
          <Stack gap="md">
            {attempts > 0 ? (
              <ErrorSummary errors={summary} focusKey={attempts} />
            ) : (
              <ErrorSummary live errors={summary} general={preview.generalErrors} />
            )}
            {saveProblem && <ProblemAlert problem={saveProblem} title="The report wasn't saved" onClose={() => setSaveProblem(null)} />}
            <TextInput
              id={BUILDER_FIELD_IDS.funderName}
              label="Funder"
              description="The organisation the report is for"
              value={values.funderName}
              onChange={(event) => change({ funderName: event.currentTarget.value })}
              error={errors.funderName}
              maxLength={200}
              autoComplete="organization"
            />
            <TextInput
              id={BUILDER_FIELD_IDS.grantReference}
              label="Grant reference (optional)"
              value={values.grantReference}
              onChange={(event) => change({ grantReference: event.currentTarget.value })}
              error={errors.grantReference}
              maxLength={100}
            />
            <PeriodFields values={values} errors={errors} onChange={change} />
            <ScopeFields values={values} errors={errors} onChange={change} />
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending}>
                Save report
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <ReportPreview preview={preview} back={{ to: `${location.pathname}${location.search}`, label: 'Back to the report builder' }} />
      </Grid.Col>
      <UnsavedChangesModal blocker={blocker} />
    </Grid>
  );
}

/**
 * Asks before leaving a changed builder (UX.md: nothing is lost), except for the preview's evidence lists: the
 * draft is kept in the history entry, so Back returns to it intact.
 */
function useLeaveGuard(dirty: () => boolean) {
  const isDirty = useRef(dirty);
  useEffect(() => {
    isDirty.current = dirty;
  });
  return useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && nextLocation.pathname !== '/reports/evidence' && isDirty.current(),
  );
}

/**
 * Keeps the draft for this history entry (its key), written as the person types, so that Back from an evidence
 * list finds the form as it was. One draft is kept: a new visit to the builder is a new entry, with a fresh form.
 */
function useDraftOfThisEntry(values: BuilderValues) {
  const { key } = useLocation();
  useEffect(() => {
    saveDraft(key, values);
  }, [key, values]);
}
