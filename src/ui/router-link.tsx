import { makeStyles, tokens } from '@fluentui/react-components';
import { Link, type LinkProps } from 'react-router';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    // Underlined: inside a sentence, colour alone would not tell a link apart (WCAG 1.4.1).
    textDecorationLine: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
  },
});

/** An in-console link (client-side navigation) styled like a Fluent link. */
export function RouterLink({ className, ...props }: LinkProps) {
  const styles = useStyles();
  return <Link {...props} className={className ? `${styles.link} ${className}` : styles.link} />;
}
