import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PageDef } from './pages';

const useStyles = makeStyles({
  nav: { marginBottom: tokens.spacingVerticalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  list: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, listStyleType: 'none', margin: 0, padding: 0 },
  link: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    color: tokens.colorNeutralForeground2,
    borderBottom: `3px solid transparent`,
    textDecorationLine: 'none',
    ':hover': { color: tokens.colorNeutralForeground1, textDecorationLine: 'none' },
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorCompoundBrandStroke },
});

/** Links between the pages (#/status …); the current one carries aria-current="page". */
export function Navigation({ pages, current }: { pages: PageDef[]; current: string | undefined }) {
  const s = useStyles();
  return (
    <nav aria-label="Sider i fanen" className={s.nav}>
      <ul className={s.list}>
        {pages.map((p) => (
          <li key={p.route}>
            <Link href={`#${p.route}`} className={mergeClasses(s.link, p.route === current && s.current)} aria-current={p.route === current ? 'page' : undefined}>
              {p.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
