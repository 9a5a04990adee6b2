import { infiniteQueryOptions, keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { evidencePageQuery, type EvidenceFilter } from '../evidence-source';
import type { ReportDefinition, ReportsListQuery } from './types';

/** Every reports query key starts with `reportsKeys.all`, so one invalidation can reach them all. */
export const reportsKeys = {
  all: ['reports'] as const,
  lists: () => [...reportsKeys.all, 'list'] as const,
  list: (params: ReportsListQuery) => [...reportsKeys.lists(), params] as const,
  details: () => [...reportsKeys.all, 'detail'] as const,
  detail: (id: string) => [...reportsKeys.details(), id] as const,
  preview: (definition: ReportDefinition) => [...reportsKeys.all, 'preview', definition] as const,
  evidence: (source: string) => [...reportsKeys.all, 'evidence', source] as const,
};

/** Saved reports in use, newest first (the API's order); q matches the funder's name or the grant reference. */
export function reportsListQueryOptions(params: ReportsListQuery) {
  return queryOptions({
    queryKey: reportsKeys.list(params),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/reports/impact', { params: { query: params }, signal })),
    // Keep the last results on screen while the next search loads: the list never flashes empty as you type.
    placeholderData: keepPreviousData,
  });
}

export function reportQueryOptions(id: string) {
  return queryOptions({
    queryKey: reportsKeys.detail(id),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/reports/impact/{id}', { params: { path: { id } }, signal })),
  });
}

/**
 * The live preview of a definition. The previous preview stays on screen (marked as updating) while the next one
 * is computed, so the figures never blink away as the person edits.
 */
export function reportPreviewQueryOptions(definition: ReportDefinition, enabled: boolean) {
  return queryOptions({
    queryKey: reportsKeys.preview(definition),
    queryFn: ({ signal }) => unwrap(apiClient.POST('/api/v1/reports/impact/preview', { body: definition, signal })),
    placeholderData: keepPreviousData,
    enabled,
    // A preview is recomputed from the records each time it is asked for; a minute-old one is still a fair preview.
    staleTime: 60_000,
  });
}

export const EVIDENCE_PAGE_SIZE = 50;

/**
 * The records behind one figure, a page at a time ("Show more"). The figure's source is sent exactly as the API
 * wrote it (the typed filter only satisfies the route's required parameters).
 */
export function evidenceQueryOptions(source: string, filter: EvidenceFilter) {
  return infiniteQueryOptions({
    queryKey: reportsKeys.evidence(source),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        apiClient.GET('/api/v1/reports/impact/evidence', {
          params: { query: filter },
          querySerializer: () => evidencePageQuery(source, EVIDENCE_PAGE_SIZE, pageParam),
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** Saves a report: the API computes the figures now and freezes them. */
export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (definition: ReportDefinition) => unwrap(apiClient.POST('/api/v1/reports/impact', { body: definition })),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportsKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: reportsKeys.lists() });
    },
  });
}

/** Archives a saved report with the version read (a stale one gets 409: someone else changed it first). */
export function useArchiveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/reports/impact/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportsKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: reportsKeys.lists() });
    },
  });
}

export function useRestoreReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/reports/impact/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportsKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: reportsKeys.lists() });
    },
  });
}
