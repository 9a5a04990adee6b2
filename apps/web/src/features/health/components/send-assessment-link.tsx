import { Button } from '@mantine/core';
import { useState } from 'react';
import { SendAssessmentLinkModal } from '../../assessments/components/send-assessment-link-modal';
import type { PortfolioPartner } from '../api/types';

export type SendLinkTarget = Pick<PortfolioPartner, 'id' | 'name'>;

/** A row's one click toward an assessment link; the page holds the one dialog (see useSendAssessmentLink). */
export function SendAssessmentLinkButton({ partner, onSend }: { partner: SendLinkTarget; onSend: (partner: SendLinkTarget) => void }) {
  return (
    <Button variant="default" size="compact-sm" onClick={() => onSend(partner)} aria-label={`Send an assessment link to ${partner.name}`}>
      Send assessment link
    </Button>
  );
}

/**
 * One "Send an assessment link" dialog (engineer A's, from features/assessments) for a whole page of partners:
 * `open(partner)` shows it for that partner; `dialog` is rendered once by the page.
 */
export function useSendAssessmentLink() {
  const [partner, setPartner] = useState<SendLinkTarget | null>(null);
  const dialog = partner && <SendAssessmentLinkModal partner={partner} opened onClose={() => setPartner(null)} />;
  return { open: setPartner, dialog };
}
