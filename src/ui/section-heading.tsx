import { makeStyles, Subtitle1 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({ heading: { margin: 0 } });

/** The h2 of a card or section; `id` lets the section name itself with aria-labelledby. */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Subtitle1 as="h2" id={id} block className={styles.heading}>
      {children}
    </Subtitle1>
  );
}
