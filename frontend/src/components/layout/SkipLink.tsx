import { useTranslation } from 'react-i18next';
import classes from './layout.module.css';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className={classes.skipLink}>
      {t('nav.skipToContent')}
    </a>
  );
}
