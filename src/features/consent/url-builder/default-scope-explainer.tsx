import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { SectionHeading } from '../../../ui/section-heading';
import { defaultScopeFor } from './build-consent-urls';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '80ch' },
  code: { fontFamily: tokens.fontFamilyMonospace },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The rules of `/.default` an admin needs when building a consent link. */
export function DefaultScopeExplainer() {
  const styles = useStyles();
  const id = useId();
  const code = (text: string) => <span className={styles.code}>{text}</span>;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <SectionHeading id={id}>About .default</SectionHeading>
      <ul className={styles.list}>
        <li>
          <Body1>
            {code('{resource}/.default')} means “every permission the app registration lists for that API”. Application permissions (app roles) can only be
            consented this way: there is no scope name for them, so use {code('https://graph.microsoft.com/.default')} and an administrator grants all of them
            at once.
          </Body1>
        </li>
        <li>
          <Body1>
            {code('.default')} cannot be mixed with named scopes of the same request. With the v2 admin-consent link it covers the app's configured permissions
            on every API it lists.
          </Body1>
        </li>
        <li>
          <Body1>
            The resource is written exactly as its identifier URI. When that URI ends with a slash, the slash stays, giving a double slash: Azure SQL Database
            is {code('https://database.windows.net/')}, so its scope is {code(defaultScopeFor('https://database.windows.net/'))}. Dropping one slash names a
            different resource and fails (AADSTS500011).
          </Body1>
        </li>
        <li>
          <Body1>Short names such as {code('User.Read')} mean Microsoft Graph; the links spell them out in full.</Body1>
        </li>
      </ul>
    </section>
  );
}
