import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';

/**
 * The choices a record form offers for what a contribution or note is linked to: on a program page, the program's
 * partners; on a partner page, the partner's programs. Kept under this feature's own keys (never the programs
 * feature's), and always fetched fresh when a form opens, so a partner added to the program a moment ago is there.
 */
export const linkOptionsKeys = {
  all: ['value-link-options'] as const,
  programPartners: (programId: string) => [...linkOptionsKeys.all, 'program-partners', programId] as const,
  partnerPrograms: (partnerId: string) => [...linkOptionsKeys.all, 'partner-programs', partnerId] as const,
};

export interface LinkOption {
  value: string;
  label: string;
}

/** The program's partners (those with a role in use), by name. */
export function useProgramPartnerOptions(programId: string | undefined) {
  return useQuery({
    queryKey: linkOptionsKeys.programPartners(programId ?? ''),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/programs/{id}', { params: { path: { id: programId ?? '' } }, signal })),
    enabled: programId !== undefined,
    staleTime: 0,
    select: (program): LinkOption[] => program.partners.map((partner) => ({ value: partner.id, label: partner.name })),
  });
}

/** The partner's programs in use (where it has a role), newest first. */
export function usePartnerProgramOptions(partnerId: string | undefined) {
  return useQuery({
    queryKey: linkOptionsKeys.partnerPrograms(partnerId ?? ''),
    queryFn: ({ signal }) =>
      unwrap(apiClient.GET('/api/v1/programs', { params: { query: { partnerId: partnerId ?? '', limit: 100, sort: '-startsOn' } }, signal })),
    enabled: partnerId !== undefined,
    staleTime: 0,
    select: (page): LinkOption[] => page.items.map((program) => ({ value: program.id, label: program.title })),
  });
}

/** Keeps the record's current link choosable even when it is no longer in the list (an archived program). */
export function withCurrent(options: readonly LinkOption[], current: { id: string; name: string } | null): LinkOption[] {
  if (!current || options.some((option) => option.value === current.id)) return [...options];
  return [...options, { value: current.id, label: current.name }];
}
