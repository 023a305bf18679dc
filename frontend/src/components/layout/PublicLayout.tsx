import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../LanguageSwitch';
import classes from './layout.module.css';
import { SkipLink } from './SkipLink';

/** Layout of the pages one reaches without a session: login, password reset, invitation. */
export function PublicLayout() {
  return (
    <StandaloneLayout>
      <Outlet />
    </StandaloneLayout>
  );
}

/** Header with the brand and language switch, and a narrow main: no navigation. */
export function StandaloneLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <header className={classes.publicHeader}>
        <span className={classes.brand}>{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className={`${classes.main} ${classes.publicMain}`}>
        {children}
      </main>
    </>
  );
}
