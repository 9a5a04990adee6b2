import { Button, NativeSelect, SimpleGrid } from '@mantine/core';
import { DebouncedTextInput } from '../../../components/ui/debounced-text-input';
import { ListFilters } from '../../../components/ui/list-filters';
import type { Me } from '../../../lib/api-types';
import { useStaffOptions } from '../../partners/hooks/use-staff-options';
import type { PortfolioSort } from '../api/types';
import type { PortfolioView } from '../hooks/use-portfolio-view';
import { BAND_ORDER, BANDS, FACTOR_ORDER, FLAG_KEYS, FLAG_LABELS, factorName } from '../health-words';
import { parsePortfolioView } from '../hooks/use-portfolio-view';

interface PortfolioFiltersProps {
  me: Me;
  view: PortfolioView;
  onChange: (changes: Partial<PortfolioView>) => void;
  isPhone: boolean;
}

export const SORT_OPTIONS: { value: PortfolioSort; label: string }[] = [
  { value: 'weakest', label: 'Weakest factor first' },
  { value: '-concerns', label: 'Most concerns first' },
  { value: 'name', label: 'Name, A to Z' },
];

/** A select's value read back through the address parser, so only known values reach the view. */
function known<K extends 'band' | 'factor' | 'flag' | 'sort'>(key: K, value: string): PortfolioView[K] {
  return parsePortfolioView(new URLSearchParams(value ? { [key]: value } : {}))[key];
}

/** Search, filters and order for the portfolio, all kept in the address; "My partners" is one press away. */
export function PortfolioFilters({ me, view, onChange, isPhone }: PortfolioFiltersProps) {
  const mine = view.liaison === 'me';
  const staff = useStaffOptions(me);
  const liaisonOptions = [{ value: '', label: 'Anyone' }, { value: 'me', label: 'Me' }, ...staff.options.filter((option) => option.value !== me.id)];
  if (view.liaison && !liaisonOptions.some((option) => option.value === view.liaison)) {
    liaisonOptions.push({ value: view.liaison, label: staff.isPending ? 'Loading…' : 'A chosen staff member' });
  }
  const active = [view.band, view.factor, view.flag, view.liaison || null].filter((value) => value !== null).length;

  return (
    <ListFilters
      id="portfolio-filters"
      isPhone={isPhone}
      activeCount={active}
      search={
        <>
          <DebouncedTextInput
            type="search"
            label="Search partners"
            value={view.q}
            onCommit={(q) => onChange({ q })}
            w={{ base: '100%', sm: 320 }}
            spellCheck={false}
          />
          <Button variant={mine ? 'filled' : 'default'} aria-pressed={mine} onClick={() => onChange({ liaison: mine ? '' : 'me' })}>
            My partners
          </Button>
        </>
      }
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <NativeSelect
          label="Band"
          data={[{ value: '', label: 'Any band' }, ...BAND_ORDER.map((band) => ({ value: band, label: BANDS[band].label }))]}
          value={view.band ?? ''}
          onChange={(event) => onChange({ band: known('band', event.currentTarget.value) })}
        />
        <NativeSelect
          label="Factor"
          description={view.band || view.flag ? 'The band or flag on this factor' : 'Partners whose weakest factor it is'}
          data={[{ value: '', label: 'Any factor' }, ...FACTOR_ORDER.map((factor) => ({ value: factor, label: factorName(factor) }))]}
          value={view.factor ?? ''}
          onChange={(event) => onChange({ factor: known('factor', event.currentTarget.value) })}
        />
        <NativeSelect
          label="Flag"
          data={[{ value: '', label: 'Any or none' }, ...FLAG_KEYS.map((flag) => ({ value: flag, label: FLAG_LABELS[flag] }))]}
          value={view.flag ?? ''}
          onChange={(event) => onChange({ flag: known('flag', event.currentTarget.value) })}
        />
        <NativeSelect label="Liaison" data={liaisonOptions} value={view.liaison} onChange={(event) => onChange({ liaison: event.currentTarget.value })} />
        <NativeSelect
          label="Sort by"
          data={SORT_OPTIONS}
          value={view.sort}
          onChange={(event) => onChange({ sort: known('sort', event.currentTarget.value) ?? 'weakest' })}
        />
      </SimpleGrid>
    </ListFilters>
  );
}
