import { Button, Group, Input, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { ProblemError, toProblemError } from '../../../lib/problem-error';
import { settingsKeys } from '../api/settings-queries';

/** The API's limits (PUT /api/v1/settings/logo): a PNG or JPEG of at most 256 KB, sent as the raw body. */
export const LOGO_MAX_BYTES = 256 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg'];
const LOGO_PATH = '/api/v1/settings/logo';

const logoKey = [...settingsKeys.all, 'logo'] as const;

/**
 * The logo routes take and give an image, not JSON, so they are called with fetch itself, with the same CSRF header
 * and problem handling as the API client.
 */
async function callLogo(method: 'GET' | 'PUT' | 'DELETE', file?: File): Promise<Response> {
  let response: Response;
  // The bytes themselves, so the body is the image whatever the File's origin (a browser's, or a test's).
  const body = file ? await file.arrayBuffer() : undefined;
  try {
    response = await globalThis.fetch(
      new Request(LOGO_PATH, {
        method,
        credentials: 'include',
        headers: { 'X-Requested-With': 'XMLHttpRequest', ...(file ? { 'Content-Type': file.type } : {}) },
        body,
      }),
    );
  } catch {
    throw ProblemError.network();
  }
  if (response.ok || (method === 'GET' && response.status === 404)) return response;
  const problem: unknown = await response.json().catch(() => null);
  throw ProblemError.fromResponse(problem, response);
}

/** The current logo as a URL an <img> can show, or null when there is none (404). */
async function fetchLogo(): Promise<string | null> {
  const response = await callLogo('GET');
  if (response.status === 404) return null;
  const blob = await response.blob();
  // Older test environments have no object URLs; the route itself shows the same image.
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : LOGO_PATH;
}

/** Why a chosen file cannot be the logo, in words, before anything is sent; null when it can. */
export function logoFileProblem(file: File): string | null {
  if (!LOGO_TYPES.includes(file.type)) return 'Choose a PNG or JPEG image';
  if (file.size > LOGO_MAX_BYTES) return `Choose an image of 256 KB or less (this one is ${Math.ceil(file.size / 1024)} KB)`;
  return null;
}

/** Settings › Logo for reports (administrators): the library's logo on printed and PDF reports. */
export function ReportLogoSection() {
  const headingId = useId();
  const inputId = useId();
  const queryClient = useQueryClient();
  const logo = useQuery({ queryKey: logoKey, queryFn: fetchLogo, staleTime: Infinity });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // The settings say whether there is a logo (hasLogo) and the logo query shows it: both are refreshed.
  const refresh = () => void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
  const upload = useMutation({ mutationFn: (chosen: File) => callLogo('PUT', chosen), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => callLogo('DELETE'), onSuccess: refresh });

  // An object URL holds the image in memory until it is let go.
  useEffect(() => {
    const url = logo.data;
    return () => {
      if (url && url.startsWith('blob:')) URL.revokeObjectURL(url);
    };
  }, [logo.data]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0] ?? null;
    upload.reset();
    setFile(chosen);
    // Said at the field at once; the summary (which takes focus) waits for "Upload logo", so choosing is not interrupted.
    setFileError(chosen ? logoFileProblem(chosen) : null);
  };

  const send = () => {
    if (!file) {
      setFileError('Choose an image file first');
      setAttempts((count) => count + 1);
      return;
    }
    if (fileError) return setAttempts((count) => count + 1);
    upload.mutate(file, {
      onSuccess: () => {
        notifySuccess('Logo saved: it will appear on reports');
        setFile(null);
        if (input.current) input.current.value = '';
      },
    });
  };

  const failure = upload.error ?? remove.error;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id={headingId}>
            Logo for reports
          </Title>
          <Text size="sm" c="dimmed">
            Printed at the top of funder summaries and their PDFs. A PNG or JPEG of 256 KB or less.
          </Text>
        </div>
        <ErrorSummary errors={fileError && attempts > 0 ? [{ fieldId: inputId, message: fileError }] : []} focusKey={attempts} />
        {failure && (
          <ProblemAlert
            problem={toProblemError(failure)}
            title="The logo wasn't changed"
            onClose={() => {
              upload.reset();
              remove.reset();
            }}
          />
        )}
        {logo.isPending ? (
          <Skeleton height={64} width={200} />
        ) : logo.isError ? (
          <ProblemAlert problem={toProblemError(logo.error)} title="The current logo didn't load" onRetry={() => void logo.refetch()} />
        ) : logo.data ? (
          <Group gap="md" align="center">
            <img src={logo.data} alt="The library’s current logo" style={{ maxHeight: 64, maxWidth: 240, objectFit: 'contain' }} />
            <Button variant="default" color="red" loading={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => notifySuccess('Logo removed') })}>
              Remove logo
            </Button>
          </Group>
        ) : (
          <Text size="sm">No logo yet: reports show the library’s name alone.</Text>
        )}
        <Input.Wrapper label={logo.data ? 'Replace the logo' : 'Choose a logo'} description="PNG or JPEG, 256 KB or less" error={fileError} id={inputId}>
          <input ref={input} id={inputId} type="file" accept="image/png,image/jpeg" onChange={choose} aria-invalid={fileError ? true : undefined} style={{ display: 'block', marginTop: 4 }} />
        </Input.Wrapper>
        <Group justify="flex-end">
          <Button onClick={send} loading={upload.isPending}>
            Upload logo
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
