import { Alert, Anchor, Button, Divider, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Me, Partner } from '../../../lib/api-types';
import { applyFieldProblems, summaryItems } from '../../../lib/form-problems';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { partnerQueryOptions } from '../api/partners-queries';
import { useCreatePartner, useUpdatePartner } from '../api/use-partner-mutations';
import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import {
  PARTNER_FIELDS,
  emptyPartnerValues,
  partnerToValues,
  rememberPartnerType,
  rememberedPartnerType,
  toCreateBody,
  toUpdateBody,
  validatePartner,
  type PartnerFormValues,
} from '../partner-form-values';
import { PartnerBasicsSection, PartnerWorkSection } from './partner-form-sections';
import { PartnerRelationshipSection } from './partner-relationship-section';
import { PageFormActions } from '../../../components/ui/form-actions';
import { UnsavedChangesModal } from '../../../components/ui/unsaved-changes-modal';

/** The problem's code, from its type URI (…/problems/stale-version → stale-version). */
const problemCode = (problem: ProblemError): string => problem.problem.type.split('/').pop() ?? '';

interface PartnerFormProps {
  me: Me;
  /** The partner to edit; leave out to add a new one. */
  partner?: Partner;
}

/**
 * Adding and editing a partner: one form in three short sections. Errors go on their fields and into the summary
 * at the top; what was typed is kept on any failure; leaving with changes asks first.
 */
export function PartnerForm({ me, partner }: PartnerFormProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreatePartner();
  const update = useUpdatePartner();
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [takenName, setTakenName] = useState<string | null>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);
  // The version this form started from: a background refetch must not quietly move it forward.
  const [version, setVersion] = useState(partner?.version ?? 0);
  const saved = useRef(false);

  const form = useForm<PartnerFormValues>({
    initialValues: partner ? partnerToValues(partner) : emptyPartnerValues({ type: rememberedPartnerType(), liaisonId: me.id }),
    validate: validatePartner,
  });
  const blocker = useUnsavedChanges(() => !saved.current && form.isDirty());
  const pending = create.isPending || update.isPending;
  // A problem that is not about one field (a conflict, a refusal) takes focus, like the error summary does.
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale || problem) alertRef.current?.focus();
  }, [stale, problem, failedAttempts]);

  const fail = (error: unknown) => {
    const problemError = toProblemError(error);
    const code = problemCode(problemError);
    if (code === 'stale-version') {
      setStale(true);
    } else {
      const unplaced = applyFieldProblems(problemError, PARTNER_FIELDS, form.setFieldError);
      if (code === 'partner-name-taken') {
        if (!problemError.fieldErrors.some((fieldProblem) => fieldProblem.field === 'name')) form.setFieldError('name', problemError.detail);
        setTakenName(form.values.name.trim());
      } else if (problemError.fieldErrors.length === 0 || unplaced.length > 0) {
        setProblem(problemError);
      }
    }
    setFailedAttempts((count) => count + 1);
  };

  const succeed = (result: Partner, message: string) => {
    saved.current = true;
    notifySuccess(message);
    void navigate(`/partners/${result.id}`);
  };

  const handleSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      setStale(false);
      setTakenName(null);
      if (!partner) {
        create.mutate(toCreateBody(values), {
          onSuccess: (created) => {
            rememberPartnerType(created.type);
            succeed(created, `${created.name} added`);
          },
          onError: fail,
        });
        return;
      }
      const body = toUpdateBody(values, form.getInitialValues(), version);
      if (Object.keys(body).length === 1) {
        succeed(partner, 'No changes to save');
        return;
      }
      update.mutate({ id: partner.id, ...body }, { onSuccess: (updated) => succeed(updated, `Changes to ${updated.name} saved`), onError: fail });
    },
    () => setFailedAttempts((count) => count + 1),
  );

  const reload = async () => {
    if (!partner) return;
    setReloading(true);
    try {
      const latest = await queryClient.fetchQuery({ ...partnerQueryOptions(partner.id), staleTime: 0 });
      setVersion(latest.version);
      form.setInitialValues(partnerToValues(latest));
      form.setValues(partnerToValues(latest));
      form.resetDirty(partnerToValues(latest));
      form.clearErrors();
      setStale(false);
    } catch (error) {
      setProblem(toProblemError(error));
    } finally {
      setReloading(false);
    }
  };

  const cancelTo = partner ? `/partners/${partner.id}` : '/partners';

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg" maw={760}>
        <div ref={alertRef} tabIndex={-1} style={{ outline: 'none' }} hidden={!stale && !problem}>
        {stale && (
          <Alert color="red" variant="light" title="Someone else saved this partner after you opened it." role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Reload to see their changes. What you typed here will be replaced, so copy anything you want to keep first.
              </Text>
              <Button size="xs" variant="default" onClick={() => void reload()} loading={reloading}>
                Reload
              </Button>
            </Stack>
          </Alert>
        )}
        {problem && <ProblemAlert problem={problem} title={partner ? "The changes weren't saved" : "The partner wasn't added"} />}
        </div>
        <ErrorSummary errors={summaryItems(form.errors, PARTNER_FIELDS)} focusKey={failedAttempts} />
        {takenName && (
          <Text size="sm">
            <Anchor component={Link} to={`/partners?q=${encodeURIComponent(takenName)}`} target="_blank">
              Look for “{takenName}” among the partners (opens in a new tab)
            </Anchor>
          </Text>
        )}

        <PartnerBasicsSection form={form} />
        <Divider />
        <PartnerWorkSection form={form} />
        <Divider />
        <PartnerRelationshipSection form={form} me={me} partner={partner} />

        <PageFormActions submitLabel={partner ? 'Save changes' : 'Add partner'} pending={pending} cancelTo={cancelTo} />
      </Stack>
      <UnsavedChangesModal blocker={blocker} />
    </form>
  );
}
