import { useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

interface UnsavedChangesOptions {
  /**
   * Also hold a change of query string only. A partner page's tabs live in the query string and unmount their
   * content, so an inline form there would lose what was typed; a whole-page form (the partner form) is not
   * affected by it and leaves it free.
   */
  holdQueryChanges?: boolean;
}

/**
 * UX.md "nothing is lost": while `dirty()` is true, leaving for another page inside the app is held (the caller
 * shows UnsavedChangesModal with the returned blocker), and closing or reloading the tab gets the browser's own
 * warning. The one mechanism for every form in the app.
 */
export function useUnsavedChanges(dirty: () => boolean, { holdQueryChanges = false }: UnsavedChangesOptions = {}): Blocker {
  const isDirty = useRef(dirty);
  useEffect(() => {
    isDirty.current = dirty;
  });

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      (currentLocation.pathname !== nextLocation.pathname || (holdQueryChanges && currentLocation.search !== nextLocation.search)) &&
      isDirty.current(),
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!isDirty.current()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return blocker;
}
