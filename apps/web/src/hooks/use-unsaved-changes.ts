import { useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * UX.md "nothing is lost": while `dirty()` is true, leaving for another page inside the app is held (the caller
 * shows a confirm dialog from the returned blocker), and closing or reloading the tab gets the browser's own
 * warning. Changing only the query string on the same page (a tab) is never held.
 */
export function useUnsavedChanges(dirty: () => boolean): Blocker {
  const isDirty = useRef(dirty);
  useEffect(() => {
    isDirty.current = dirty;
  });

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && isDirty.current(),
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
