import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './key-facts.module.css';

/** A record's key facts at the top of its page, as a description list in a grid (see the CSS for the columns). */
export function KeyFacts({ children }: { children: ReactNode }) {
  return <dl className={classes.facts}>{children}</dl>;
}

interface KeyFactProps {
  label: string;
  /** 'on-phone': the full width only where the columns are narrow; 'always': the full width everywhere. */
  wide?: 'on-phone' | 'always';
  children: ReactNode;
}

/** A labelled fact; the label is a term for assistive technology and reads as a small caption. */
export function KeyFact({ label, wide, children }: KeyFactProps) {
  return (
    <div className={wide === 'always' ? classes.wide : wide === 'on-phone' ? classes.wideOnPhone : undefined}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
