import { Table, UnstyledButton } from '@mantine/core';
import classes from './sort-header.module.css';

interface SortHeaderProps<Field extends string> {
  field: Field;
  label: string;
  /** The sort in effect, as the API spells it ("name" or "-name"); null when the list has no column order. */
  sort: string | null;
  onSort: (field: Field) => void;
  className?: string;
}

function ariaSort(sort: string | null, field: string): 'ascending' | 'descending' | 'none' {
  if (sort === field) return 'ascending';
  if (sort === `-${field}`) return 'descending';
  return 'none';
}

/** A column header that sorts: the header carries aria-sort, the button inside does the sorting. */
export function SortHeader<Field extends string>({ field, label, sort, onSort, className }: SortHeaderProps<Field>) {
  const state = ariaSort(sort, field);
  return (
    <Table.Th scope="col" aria-sort={state} className={className}>
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(field)}>
        {label}
        <span aria-hidden="true" className={classes.sortIcon} data-active={state !== 'none' || undefined}>
          {state === 'descending' ? '▼' : state === 'ascending' ? '▲' : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
