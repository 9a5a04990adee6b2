import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { summaryItems, type FormField } from '../../../lib/form-problems';
import { toProblemError } from '../../../lib/problem-error';
import { settingsKeys, useUpdateSettings } from '../api/settings-queries';
import { POLICY_FIELDS, POLICY_FIELD_PREFIX, POLICY_GROUPS, valueAt, withValueAt, type PolicyField, type PolicyObject } from './policy-fields';
import type { Settings } from '../api/types';

const VERSION_NOTE =
  'Changing the policy changes the model version. Health snapshots already taken keep the version they were scored under, so old reports can be reproduced.';

/** Form values are the settings as typed, keyed without dots (the form library reads dots as nesting). */
type PolicyFormValues = Record<string, string>;
const formKey = (path: string) => path.replace(/\./g, '__');

function toFormValues(policy: PolicyObject): PolicyFormValues {
  return Object.fromEntries(
    POLICY_FIELDS.map((field) => {
      const value = valueAt(policy, field.path);
      return [formKey(field.path), typeof value === 'number' || typeof value === 'string' ? String(value) : ''];
    }),
  );
}

const parse = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** What to fix in a typed setting, or null: a number (whole where it must be), or empty where none is allowed. */
function check(field: PolicyField, text: string): string | null {
  if (text.trim() === '') return field.nullable ? null : `Enter a number for “${field.label}”`;
  const value = parse(text);
  if (!Number.isFinite(value)) return `Enter a number for “${field.label}”, like 1.5`;
  if (field.whole && !Number.isInteger(value)) return `Enter a whole number for “${field.label}”`;
  return null;
}

/** The policy to send: the one read, with every listed setting as typed. */
function policyFromForm(base: PolicyObject, values: PolicyFormValues): PolicyObject {
  return POLICY_FIELDS.reduce((policy, field) => {
    const text = values[formKey(field.path)] ?? '';
    return withValueAt(policy, field.path, text.trim() === '' ? null : parse(text));
  }, base);
}

const sameSettings = (a: PolicyObject, b: PolicyObject) => POLICY_FIELDS.every((field) => valueAt(a, field.path) === valueAt(b, field.path));

/**
 * The settings page's scoring policy (SCORING.md), for managers and administrators: every constant grouped as the
 * model explains it, problems from the API shown at their fields and in a summary, and "Restore defaults".
 */
export function ScoringPolicySection({ settings }: { settings: Settings }) {
  const { scoringPolicy: policy, defaultScoringPolicy: defaults } = settings;
  const headingId = useId();
  const formId = useId();
  const fieldId = (path: string) => `${formId}-${path.replace(/\./g, '-')}`;
  // Named as the API names them in a problem, so its field paths land on their fields.
  const apiFields: readonly FormField<string>[] = POLICY_FIELDS.map((field) => ({ name: `${POLICY_FIELD_PREFIX}${field.path}`, id: fieldId(field.path) }));
  const summaryFields: readonly FormField<string>[] = POLICY_FIELDS.map((field) => ({ name: formKey(field.path), id: fieldId(field.path) }));
  const queryClient = useQueryClient();
  const update = useUpdateSettings();
  const save = useSaveProblem(apiFields);
  const [restoreOpened, restoreDialog] = useDisclosure(false);
  const isDefault = sameSettings(policy, defaults);

  // Uncontrolled: typing in one of some fifty settings re-renders that field, not the whole form.
  const form = useForm<PolicyFormValues>({
    mode: 'uncontrolled',
    initialValues: toFormValues(policy),
    validate: (values) =>
      Object.fromEntries(
        POLICY_FIELDS.flatMap((field) => {
          const message = check(field, values[formKey(field.path)] ?? '');
          return message ? [[formKey(field.path), message]] : [];
        }),
      ),
  });
  const setApiFieldError = (name: string, message: string) => form.setFieldError(formKey(name.slice(POLICY_FIELD_PREFIX.length)), message);

  // Newer settings (after "Reload" on a conflict, or the other form's save): untouched settings follow them.
  const baseVersion = useRef(settings.version);
  useEffect(() => {
    if (settings.version === baseVersion.current) return;
    baseVersion.current = settings.version;
    const latest = toFormValues(policy);
    const typed = form.getValues();
    const merged = Object.fromEntries(Object.keys(latest).map((key) => [key, form.isDirty(key) ? (typed[key] ?? '') : (latest[key] ?? '')]));
    form.setInitialValues(latest);
    form.setValues(merged);
  }, [settings.version, policy, form]);

  const send = (scoringPolicy: PolicyObject | null, done: string) => {
    save.clear();
    update.mutate({ version: settings.version, scoringPolicy }, {
      onSuccess: (saved) => {
        const savedValues = toFormValues(saved.scoringPolicy);
        form.setValues(savedValues);
        form.resetDirty(savedValues);
        restoreDialog.close();
        notifySuccess(done);
      },
      onError: (error) => {
        restoreDialog.close();
        save.fail(error, setApiFieldError);
        if (toProblemError(error).isConflict) void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
      },
    });
  };

  const handleSubmit = form.onSubmit((values) => {
    const next = policyFromForm(policy, values);
    if (sameSettings(next, policy)) {
      form.resetDirty();
      notifySuccess('Nothing to save: the scoring policy is as shown');
      return;
    }
    send(next, 'Scoring policy saved');
  }, save.invalid);

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="md">
        <div>
          <Title order={2} id={headingId}>
            Scoring policy
          </Title>
          <Text size="sm" c="dimmed">
            The constants of the health model, as SCORING.md explains them. {isDefault ? 'These are the defaults.' : 'Some differ from the defaults.'}
          </Text>
        </div>
        <Alert color="blue" variant="light" title={`Model version ${settings.scoringModelVersion}`}>
          <Text size="sm">{VERSION_NOTE}</Text>
        </Alert>
        <form onSubmit={handleSubmit} noValidate aria-label="Scoring policy">
          <Stack gap="lg">
            <SaveProblemAlert
              problem={save.problem}
              reloaded={save.reloaded}
              title="The scoring policy wasn't saved"
              onReload={() => {
                void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
                save.markReloaded();
              }}
            />
            <ErrorSummary errors={summaryItems(form.errors, summaryFields)} focusKey={save.attempts} />
            {POLICY_GROUPS.map((group) => (
              <Stack key={group.key} gap="sm" component="fieldset" m={0} p={0} style={{ border: 0 }}>
                <Title order={3} size="h4" component="legend" mb="xs">
                  {group.title}
                </Title>
                <Text size="sm" c="dimmed">
                  {group.description}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
                  {group.fields.map((field) => {
                    const fallback = valueAt(defaults, field.path);
                    const hint = [field.description, `Default: ${fallback === null || fallback === undefined ? 'none' : String(fallback)}`].filter(Boolean).join(' · ');
                    return (
                      <TextInput
                        key={form.key(formKey(field.path))}
                        id={fieldId(field.path)}
                        label={field.label}
                        description={hint}
                        inputMode={field.whole ? 'numeric' : 'decimal'}
                        autoComplete="off"
                        {...form.getInputProps(formKey(field.path))}
                      />
                    );
                  })}
                </SimpleGrid>
              </Stack>
            ))}
            <Group justify="space-between" wrap="wrap">
              <Button variant="default" onClick={restoreDialog.open}>
                Restore defaults
              </Button>
              <Button type="submit" loading={update.isPending && !restoreOpened}>
                Save scoring policy
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
      <ConfirmDialog
        opened={restoreOpened}
        title="Restore the default scoring policy?"
        confirmLabel="Restore defaults"
        pending={update.isPending}
        error={null}
        errorTitle="The defaults weren't restored"
        reloadLabel="Reload"
        onReload={() => void queryClient.invalidateQueries({ queryKey: settingsKeys.all })}
        onConfirm={() => send(null, 'Default scoring policy restored')}
        onClose={restoreDialog.close}
      >
        <Text size="sm">Every setting goes back to SCORING.md’s default, and the model version returns to the default one. {VERSION_NOTE}</Text>
      </ConfirmDialog>
    </Paper>
  );
}
