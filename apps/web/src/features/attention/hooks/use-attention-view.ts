import { pageFromAddress, useViewInAddress } from '../../../hooks/use-view-in-address';
import type { AttentionFilterKind, AttentionQuery } from '../api/types';

export const ATTENTION_PAGE_SIZE = 25;

const KINDS: readonly AttentionFilterKind[] = ['overdue-commitment', 'quiet-partner', 'review-due', 'partner-health'];

export interface AttentionView {
  /** null: every kind. */
  kind: AttentionFilterKind | null;
  mine: boolean;
  page: number;
}

/** Reads the view from the address, ignoring what it does not recognise (an old or hand-edited link). */
export function parseAttentionView(params: URLSearchParams, mineOnly: boolean): AttentionView {
  const kind = params.get('kind');
  return {
    kind: KINDS.find((candidate) => candidate === kind) ?? null,
    mine: mineOnly || params.get('mine') === 'true',
    page: pageFromAddress(params),
  };
}

export function attentionViewToSearch(view: AttentionView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.kind) params.set('kind', view.kind);
  if (view.mine) params.set('mine', 'true');
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

export function attentionViewToQuery(view: AttentionView): AttentionQuery {
  return {
    mine: view.mine,
    limit: ATTENTION_PAGE_SIZE,
    offset: (view.page - 1) * ATTENTION_PAGE_SIZE,
    ...(view.kind ? { kind: view.kind } : {}),
  };
}

/**
 * The attention list's view (which kind, mine or everyone's, which page) lives in the address, so a manager can
 * send "overdue follow-ups, page 2" as a link. `mineOnly` (librarians) pins mine to true whatever the link says.
 */
export function useAttentionView(mineOnly: boolean) {
  const { view, update } = useViewInAddress((params) => parseAttentionView(params, mineOnly), attentionViewToSearch);
  return { view, update, query: attentionViewToQuery(view) };
}
