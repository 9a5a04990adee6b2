import { roleAtLeast } from '@common-ground/domain';
import { Alert, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Fact, FactList } from '../../../components/ui/fact-list';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { UnsavedChangesModal } from '../../../components/ui/unsaved-changes-modal';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import { summaryItems, type FormField } from '../../../lib/form-problems';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { formatHourRate } from '../../value/shared/format';
import { settingsKeys, settingsQueryOptions, useUpdateSettings } from '../api/settings-queries';
import type { Settings, UpdateSettingsBody } from '../api/types';
import { ScoringPolicySection } from '../scoring-policy/scoring-policy-section';
import { ReportLogoSection } from './report-logo-section';

/** The API's limits (settings-fields.ts). */
const LIBRARY_NAME_MAX = 200;
const RATE_SOURCE_MAX = 500;
const RATE_MAX = 999_999.99;
const YEAR_MIN = 1990;
const YEAR_MAX = 2200;

const KEEP_RATE_NOTE =
  'Contributions already recorded keep the rate they were valued at, so past totals and reports do not change. A new rate values volunteer hours recorded from now on.';

/** Settings for the whole library: its name and the volunteer-hour rate. Managers and administrators change them. */
export function SettingsPage() {
  useDocumentTitle('Settings – Common Ground');
  const me = useCurrentUser();
  const settings = useQuery(settingsQueryOptions());
  const mayEdit = roleAtLeast(me.role, 'manager');

  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Title order={1}>Settings</Title>
        <Text c="dimmed">The library’s name and the rate used to value volunteer hours.</Text>
      </div>
      {settings.isPending ? (
        <ListSkeleton rows={3} label="Loading settings" />
      ) : settings.isError ? (
        <ProblemAlert problem={toProblemError(settings.error)} title="Settings didn't load" onRetry={() => void settings.refetch()} />
      ) : mayEdit ? (
        <>
          <SettingsForm settings={settings.data} />
          <ReportLogoSection />
          <ScoringPolicySection settings={settings.data} />
        </>
      ) : (
        <SettingsFacts settings={settings.data} />
      )}
    </Stack>
  );
}

/** What a librarian sees: the same facts, and who can change them. */
function SettingsFacts({ settings }: { settings: Settings }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <FactList>
          <Fact label="Library name">{settings.libraryName}</Fact>
          <Fact label="Volunteer-hour rate">{formatHourRate(settings.volunteerHourRate)}</Fact>
          <Fact label="Source of the rate">{settings.volunteerRateSource}</Fact>
          <Fact label="Year of the rate">{settings.volunteerRateYear}</Fact>
        </FactList>
        <Text size="sm">{KEEP_RATE_NOTE}</Text>
        <Text size="sm" c="dimmed">
          Only managers and administrators can change these settings.
        </Text>
      </Stack>
    </Paper>
  );
}

type SettingsField = 'libraryName' | 'volunteerHourRate' | 'volunteerRateSource' | 'volunteerRateYear';

interface SettingsValues {
  libraryName: string;
  volunteerHourRate: number | string;
  volunteerRateSource: string;
  volunteerRateYear: number | string;
}

function toValues(settings: Settings): SettingsValues {
  return {
    libraryName: settings.libraryName,
    volunteerHourRate: settings.volunteerHourRate,
    volunteerRateSource: settings.volunteerRateSource,
    volunteerRateYear: settings.volunteerRateYear,
  };
}

function SettingsForm({ settings }: { settings: Settings }) {
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const fields: readonly FormField<SettingsField>[] = [
    { name: 'libraryName', id: id('library-name') },
    { name: 'volunteerHourRate', id: id('rate') },
    { name: 'volunteerRateSource', id: id('source') },
    { name: 'volunteerRateYear', id: id('year') },
  ];
  const queryClient = useQueryClient();
  const update = useUpdateSettings();
  const save = useSaveProblem(fields);

  const form = useForm<SettingsValues>({
    initialValues: toValues(settings),
    validate: {
      libraryName: (value) => {
        if (value.trim() === '') return 'Enter the library’s name';
        return value.length > LIBRARY_NAME_MAX ? `Keep the library’s name to ${LIBRARY_NAME_MAX} characters or fewer` : null;
      },
      volunteerHourRate: (value) =>
        typeof value === 'number' && value >= 0 && value <= RATE_MAX ? null : 'Enter the volunteer-hour rate in dollars and cents, like 34.79',
      volunteerRateSource: (value) => {
        if (value.trim() === '') return 'Say where the volunteer-hour rate comes from';
        return value.length > RATE_SOURCE_MAX ? `Keep the source to ${RATE_SOURCE_MAX} characters or fewer` : null;
      },
      volunteerRateYear: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX
          ? null
          : `Enter the year the rate is for, from ${YEAR_MIN} to ${YEAR_MAX}`,
    },
  });
  const blocker = useUnsavedChanges(() => form.isDirty());

  // When newer settings arrive (after "Reload" on a conflict), what the person did not touch follows them; what they
  // typed stays, to be saved on top of the latest version.
  const baseVersion = useRef(settings.version);
  useEffect(() => {
    if (settings.version === baseVersion.current) return;
    baseVersion.current = settings.version;
    const latest = toValues(settings);
    const typed = form.getValues();
    const keys = Object.keys(latest) as (keyof SettingsValues)[];
    const merged = Object.fromEntries(keys.map((key) => [key, form.isDirty(key) ? typed[key] : latest[key]])) as unknown as SettingsValues;
    form.setInitialValues(latest);
    form.setValues(merged);
  }, [settings, form]);

  const handleSubmit = form.onSubmit((values) => {
    save.clear();
    // Only what was changed is sent, on top of the version last read (after a reload, the latest one).
    const body: UpdateSettingsBody = { version: settings.version };
    const name = values.libraryName.trim();
    const source = values.volunteerRateSource.trim();
    if (name !== settings.libraryName) body.libraryName = name;
    if (values.volunteerHourRate !== settings.volunteerHourRate) body.volunteerHourRate = Number(values.volunteerHourRate);
    if (source !== settings.volunteerRateSource) body.volunteerRateSource = source;
    if (values.volunteerRateYear !== settings.volunteerRateYear) body.volunteerRateYear = Number(values.volunteerRateYear);
    if (Object.keys(body).length === 1) {
      form.resetDirty();
      notifySuccess('Nothing to save: the settings are as shown');
      return;
    }
    update.mutate(body, {
      onSuccess: (saved) => {
        form.setValues(toValues(saved));
        form.resetDirty(toValues(saved));
        notifySuccess('Settings saved');
      },
      onError: (error) => {
        save.fail(error, form.setFieldError);
        // Someone else saved first: fetch theirs so "Reload" shows it at once.
        if (toProblemError(error).isConflict) void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
      },
    });
  }, save.invalid);

  const rateChanged = form.getValues().volunteerHourRate !== settings.volunteerHourRate;

  return (
    <Paper withBorder p="md" component="form" onSubmit={handleSubmit} noValidate aria-label="Library settings">
      <Stack gap="md">
        <SaveProblemAlert
          problem={save.problem}
          reloaded={save.reloaded}
          title="The settings weren't saved"
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
            save.markReloaded();
          }}
        />
        {save.reloaded && (
          <Alert color="gray" variant="light" title="The latest saved settings">
            <Text size="sm">
              {settings.libraryName} · {formatHourRate(settings.volunteerHourRate)} ({settings.volunteerRateSource}, {settings.volunteerRateYear})
            </Text>
          </Alert>
        )}
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />
        <TextInput id={id('library-name')} label="Library name" description="Shown on reports and exports" {...form.getInputProps('libraryName')} />
        <Stack gap="sm" component="fieldset" m={0} p={0} style={{ border: 0 }}>
          <Title order={2} size="h4" component="legend" mb="xs">
            Volunteer-hour rate
          </Title>
          <Text size="sm">
            Volunteer hours are valued at this rate when they are recorded without a money value. {KEEP_RATE_NOTE}
          </Text>
          <NumberInput
            id={id('rate')}
            label="Dollars per volunteer hour"
            description="For example 34.79"
            prefix="$"
            decimalScale={2}
            min={0}
            max={RATE_MAX}
            allowNegative={false}
            thousandSeparator=","
            w={{ base: '100%', xs: 240 }}
            {...form.getInputProps('volunteerHourRate')}
          />
          <TextInput
            id={id('source')}
            label="Where the rate comes from"
            description="For example: Independent Sector, national value of volunteer time"
            {...form.getInputProps('volunteerRateSource')}
          />
          <NumberInput
            id={id('year')}
            label="Year the rate is for"
            allowDecimal={false}
            allowNegative={false}
            min={YEAR_MIN}
            max={YEAR_MAX}
            w={{ base: '100%', xs: 160 }}
            {...form.getInputProps('volunteerRateYear')}
          />
          {rateChanged && (
            <Text size="sm" role="status">
              The new rate will value volunteer hours recorded after you save. Lines already recorded stay at{' '}
              {formatHourRate(settings.volunteerHourRate)}.
            </Text>
          )}
        </Stack>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
      <UnsavedChangesModal blocker={blocker} />
    </Paper>
  );
}
