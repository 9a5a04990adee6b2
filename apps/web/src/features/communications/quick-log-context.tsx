import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isInsideDialog, isTypingTarget } from '../../lib/keyboard';
import { QuickLogDialog } from './components/quick-log-dialog';

export interface QuickLogPartner {
  id: string;
  name: string;
}

interface QuickLogContextValue {
  /**
   * Opens the quick log, with the partner filled in: the one given, else the page's own (a partner page), else none.
   * Does nothing while it is already open.
   */
  openQuickLog: (partner?: QuickLogPartner) => void;
  /** Opens the same form on a logged conversation, to change it (its author or a manager). */
  editCommunication: (communicationId: string) => void;
  /** A page about one partner names it, so the shortcut and the header button log for that partner. */
  setPagePartner: (partner: QuickLogPartner | null) => void;
}

const QuickLogContext = createContext<QuickLogContextValue | null>(null);

/** The keyboard shortcut for the quick log, as aria-keyshortcuts writes it. */
export const QUICK_LOG_SHORTCUT = 'l';

interface QuickLogState {
  opened: boolean;
  partner: QuickLogPartner | null;
  /** Set when editing a logged conversation rather than logging a new one. */
  communicationId: string | null;
  /** A fresh form each time the dialog opens. */
  session: number;
}

/**
 * One quick log for the whole signed-in app (UX.md: logging is one action away): the header button, the home and
 * partner pages, and the "l" key outside a text field all open the same dialog. "Edit" on a logged conversation
 * opens it too, on that conversation.
 */
export function QuickLogProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<QuickLogState>({ opened: false, partner: null, communicationId: null, session: 0 });

  const pagePartner = useRef<QuickLogPartner | null>(null);
  const setPagePartner = useCallback((partner: QuickLogPartner | null) => {
    pagePartner.current = partner;
  }, []);

  const openQuickLog = useCallback((partner?: QuickLogPartner) => {
    const chosen = partner ?? pagePartner.current;
    setState((current) => (current.opened ? current : { opened: true, partner: chosen, communicationId: null, session: current.session + 1 }));
  }, []);
  const editCommunication = useCallback((communicationId: string) => {
    setState((current) => (current.opened ? current : { opened: true, partner: null, communicationId, session: current.session + 1 }));
  }, []);
  const close = useCallback(() => setState((current) => ({ ...current, opened: false })), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== QUICK_LOG_SHORTCUT) return;
      if (isTypingTarget(event.target) || isInsideDialog(event.target)) return;
      event.preventDefault();
      openQuickLog();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openQuickLog]);

  const value = useMemo(() => ({ openQuickLog, editCommunication, setPagePartner }), [openQuickLog, editCommunication, setPagePartner]);
  return (
    <QuickLogContext value={value}>
      {children}
      <QuickLogDialog
        opened={state.opened}
        partner={state.partner}
        communicationId={state.communicationId}
        session={state.session}
        onClose={close}
      />
    </QuickLogContext>
  );
}

export function useQuickLog(): QuickLogContextValue {
  const context = use(QuickLogContext);
  if (!context) throw new Error('useQuickLog is only for pages inside the signed-in layout (QuickLogProvider).');
  return context;
}

/** While the calling page is shown, the quick log opened from the header or the "l" key is for this partner. */
export function useQuickLogPagePartner(partner: QuickLogPartner | null): void {
  const { setPagePartner } = useQuickLog();
  const id = partner?.id ?? null;
  const name = partner?.name ?? null;
  useEffect(() => {
    setPagePartner(id && name !== null ? { id, name } : null);
    return () => setPagePartner(null);
  }, [id, name, setPagePartner]);
}
