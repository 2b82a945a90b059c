import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  surface: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalXXL,
  },
});

/**
 * A raised panel in Fluent's card look, for the screens shown before sign-in. Fluent's Card is
 * interactive (focus management, selection) and would add its code to the first load for nothing.
 */
export function Surface({ className, children }: { className?: string; children: ReactNode }) {
  const styles = useStyles();
  return <div className={mergeClasses(styles.surface, className)}>{children}</div>;
}
