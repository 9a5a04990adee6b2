import { Divider, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { PageFormActions } from '../../../components/ui/form-actions';
import { UnsavedChangesModal } from '../../../components/ui/unsaved-changes-modal';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import { todayCalendarDay } from '../../../lib/calendar-day';
import { summaryItems } from '../../../lib/form-problems';
import { toProblemError } from '../../../lib/problem-error';
import { programQueryOptions } from '../api/programs-queries';
import type { Program } from '../api/types';
import { useCreateProgram, useUpdateProgram } from '../api/use-program-mutations';
import {
  emptyProgramValues,
  programFormFields,
  programToValues,
  toCreateProgramBody,
  toUpdateProgramBody,
  validateProgram,
  withFormPaths,
  type ProgramFormValues,
} from '../program-form-values';
import {
  ProgramAfterwardsSection,
  ProgramAudienceSection,
  ProgramBasicsSection,
  ProgramChecklistSection,
  ProgramDatesSection,
  ProgramPurposeSection,
  ProgramRolesSection,
} from './program-form-sections';

interface ProgramFormProps {
  /** The program to edit; leave out to add a new one. */
  program?: Program;
  /** A new program started from a partner's page: that partner is the first role row. */
  initialPartner?: { id: string; name: string };
}

/**
 * Adding and editing a program: one form in short sections. Errors go on their fields and into the summary at the
 * top; what was typed is kept on any failure; leaving with changes asks first; someone else's save is explained,
 * with a way to load it and save again on top.
 */
export function ProgramForm({ program, initialPartner }: ProgramFormProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateProgram();
  const update = useUpdateProgram();
  // The version this form started from (moved forward only by "Reload", never by a background refetch).
  const [version, setVersion] = useState(program?.version ?? 0);
  const saved = useRef(false);

  const form = useForm<ProgramFormValues>({
    initialValues: program ? programToValues(program) : emptyProgramValues(todayCalendarDay(), initialPartner),
    validate: validateProgram,
  });
  const fields = programFormFields(form.values.roles.length);
  const save = useSaveProblem(fields);
  const blocker = useUnsavedChanges(() => !saved.current && form.isDirty());
  const pending = create.isPending || update.isPending;

  // A problem that is not about one field (a conflict, a refusal) takes focus, like the error summary does.
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (save.problem) alertRef.current?.focus();
  }, [save.problem, save.attempts]);

  // When the start date moves past the end (or the end was the same day), the end follows: a one-day program stays one day.
  const { startsOn } = form.values;
  const previousStart = useRef(startsOn);
  useEffect(() => {
    const before = previousStart.current;
    previousStart.current = startsOn;
    if (before === startsOn || !startsOn) return;
    const endsOn = form.getValues().endsOn;
    if (endsOn === '' || endsOn === before || endsOn < startsOn) form.setFieldValue('endsOn', startsOn);
  }, [startsOn]);

  const succeed = (result: Program, message: string) => {
    saved.current = true;
    notifySuccess(message);
    void navigate(`/programs/${result.id}`);
  };
  const fail = (error: unknown) => save.fail(withFormPaths(error), form.setFieldError);

  const handleSubmit = form.onSubmit((values) => {
    save.clear();
    if (!program) {
      create.mutate(toCreateProgramBody(values), { onSuccess: (created) => succeed(created, `${created.title} added`), onError: fail });
      return;
    }
    const body = toUpdateProgramBody(values, form.getInitialValues(), version);
    if (Object.keys(body).length === 1) {
      succeed(program, 'No changes to save');
      return;
    }
    update.mutate({ id: program.id, ...body }, { onSuccess: (updated) => succeed(updated, `Changes to ${updated.title} saved`), onError: fail });
  }, save.invalid);

  const reload = async () => {
    if (!program) return;
    try {
      const latest = await queryClient.fetchQuery({ ...programQueryOptions(program.id), staleTime: 0 });
      // What was typed stays; the next save applies it on top of the latest version, sending only what was changed here.
      setVersion(latest.version);
      save.markReloaded();
    } catch (error) {
      save.fail(toProblemError(error), form.setFieldError);
    }
  };

  const cancelTo = program ? `/programs/${program.id}` : '/programs';
  const conflict = save.problem?.isConflict ?? false;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg" maw={820}>
        <div ref={alertRef} tabIndex={-1} style={{ outline: 'none' }}>
          {program ? (
            <SaveProblemAlert
              problem={save.problem}
              reloaded={save.reloaded}
              title={conflict ? 'Someone else saved this program after you opened it' : "The changes weren't saved"}
              onReload={() => void reload()}
            />
          ) : (
            save.problem && <ProblemAlert problem={save.problem} title="The program wasn't added" />
          )}
        </div>
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />

        <ProgramBasicsSection form={form} />
        <Divider />
        <ProgramDatesSection form={form} />
        <Divider />
        <ProgramAudienceSection form={form} />
        <Divider />
        <ProgramPurposeSection form={form} />
        <Divider />
        {!program && (
          <>
            <ProgramRolesSection form={form} />
            <Divider />
          </>
        )}
        <ProgramChecklistSection form={form} />
        <Divider />
        <ProgramAfterwardsSection form={form} />

        <PageFormActions submitLabel={program ? 'Save changes' : 'Add program'} pending={pending} cancelTo={cancelTo} />
      </Stack>
      <UnsavedChangesModal blocker={blocker} />
    </form>
  );
}
