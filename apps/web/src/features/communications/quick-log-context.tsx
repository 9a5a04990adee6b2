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
  /** A page about one partner names it, so the shortcut and the header button log for that partner. */
  setPagePartner: (partner: QuickLogPartner | null) => void;
}

const QuickLogContext = createContext<QuickLogContextValue | null>(null);

/** The keyboard shortcut for the quick log, as aria-keyshortcuts writes it. */
export const QUICK_LOG_SHORTCUT = 'l';

interface QuickLogState {
  opened: boolean;
  partner: QuickLogPartner | null;
  /** A fresh form each time the dialog opens. */
  session: number;
}

/**
 * One quick log for the whole signed-in app (UX.md: logging is one action away): the header button, the home and
 * partner pages, and the "l" key outside a text field all open the same dialog.
 */
export function QuickLogProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<QuickLogState>({ opened: false, partner: null, session: 0 });

  const pagePartner = useRef<QuickLogPartner | null>(null);
  const setPagePartner = useCallback((partner: QuickLogPartner | null) => {
    pagePartner.current = partner;
  }, []);

  const openQuickLog = useCallback((partner?: QuickLogPartner) => {
    const chosen = partner ?? pagePartner.current;
    setState((current) => (current.opened ? current : { opened: true, partner: chosen, session: current.session + 1 }));
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

  const value = useMemo(() => ({ openQuickLog, setPagePartner }), [openQuickLog, setPagePartner]);
  return (
    <QuickLogContext value={value}>
      {children}
      <QuickLogDialog opened={state.opened} partner={state.partner} session={state.session} onClose={close} />
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
