import { Badge } from '@mantine/core';

/**
 * A quote's consent, said in words (never colour alone): without consent it stays inside the staff app and is never
 * shown in reports or exports. Other kinds of note need no consent, so they carry no marker.
 */
export function ConsentMarker({ kind, consentToQuote }: { kind: string; consentToQuote: boolean }) {
  if (kind !== 'quote') return null;
  return consentToQuote ? (
    <Badge color="green" variant="light" style={{ minWidth: 'max-content' }}>
      Consent to quote
    </Badge>
  ) : (
    <Badge color="orange" variant="light" style={{ minWidth: 'max-content', whiteSpace: 'normal', height: 'auto', border: '1px solid currentColor' }}>
      No consent to quote — staff only
    </Badge>
  );
}
