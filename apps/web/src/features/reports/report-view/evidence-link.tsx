import { Anchor } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import { Link } from 'react-router';

/** The way back from an evidence list to the report it was opened from (carried in the link's history state). */
export interface EvidenceBack {
  to: string;
  label: string;
}

/** Set by the page showing a report: where "Back to the report" on the evidence page leads. */
export const EvidenceBackContext = createContext<EvidenceBack | null>(null);

/** The evidence list of a figure: the figure's `source` is the query string of the evidence route. */
export function evidencePath(source: string): string {
  return `/reports/evidence?${source}`;
}

interface EvidenceLinkProps {
  source: string;
  /** What the link opens, said in full for screen readers: "1,234 attending — show the 56 sessions". */
  label: string;
  children: ReactNode;
}

/** A figure that opens the records it was counted from (UX.md: numbers in reports open their records). */
export function EvidenceLink({ source, label, children }: EvidenceLinkProps) {
  const back = useContext(EvidenceBackContext);
  return (
    <Anchor component={Link} to={evidencePath(source)} state={back ? { back } : undefined} aria-label={label} title={label} inherit>
      {children}
    </Anchor>
  );
}

/** Reads the way back from an evidence page's history state, if the page was opened from a report. */
export function readEvidenceBack(state: unknown): EvidenceBack | null {
  if (typeof state !== 'object' || state === null || !('back' in state)) return null;
  const back = (state as { back: unknown }).back;
  if (typeof back !== 'object' || back === null) return null;
  const { to, label } = back as Record<string, unknown>;
  return typeof to === 'string' && typeof label === 'string' && to.startsWith('/') ? { to, label } : null;
}
