import classes from './skip-link.module.css';

/** The first thing a keyboard user reaches: jump past the header and navigation. */
export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <a className={classes.skipLink} href={`#${targetId}`}>
      Skip to main content
    </a>
  );
}
