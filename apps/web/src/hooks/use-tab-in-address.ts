import { useSearchParams } from 'react-router';

/**
 * A record page's tab lives in the address ("?tab=contacts"), so a link can open it; the first tab is left out.
 * Changing tab replaces the history entry and drops `tabOnlyParams`, which belong to the tab being left.
 */
export function useTabInAddress<Tab extends string>(tabs: readonly Tab[], tabOnlyParams: readonly string[] = []) {
  const [searchParams, setSearchParams] = useSearchParams();
  const isTab = (value: string | null): value is Tab => tabs.some((tab) => tab === value);
  const requested = searchParams.get('tab');
  const [first] = tabs;
  const tab: Tab = isTab(requested) ? requested : (first as Tab);

  const changeTab = (value: string | null) => {
    if (!isTab(value)) return;
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === first) next.delete('tab');
        else next.set('tab', value);
        for (const param of tabOnlyParams) next.delete(param);
        return next;
      },
      { replace: true },
    );
  };

  return [tab, changeTab] as const;
}
