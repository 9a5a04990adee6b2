import { useEffect, useRef } from 'react';

/**
 * On a phone the tab row scrolls sideways (scrolling-tabs.module.css): when a page opens on a tab further along
 * (a link to "?tab=value"), scroll the row so the selected tab is in view. Only the row scrolls, never the page.
 * Put the returned ref on Tabs.List.
 */
export function useSelectedTabInView(selected: string) {
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = listRef.current;
    const tab = list?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    if (!list || !tab) return;
    // Where the tab sits along the row's scrolled content.
    const start = tab.getBoundingClientRect().left - list.getBoundingClientRect().left + list.scrollLeft;
    const end = start + tab.getBoundingClientRect().width;
    if (start < list.scrollLeft) list.scrollLeft = start;
    else if (end > list.scrollLeft + list.clientWidth) list.scrollLeft = end - list.clientWidth;
  }, [selected]);
  return listRef;
}
