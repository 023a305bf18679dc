import { useTranslation } from 'react-i18next';
import classes from './documents.module.css';

/** What the marks in the text mean, so that the line's style, not only its colour, says it. */
export function ReviewLegend() {
  const { t } = useTranslation();
  return (
    <div className={classes.legend} aria-hidden="true">
      <span>
        <mark className={classes.mark} data-severity="avoid">
          {t('languageCheck.severity.avoid')}
        </mark>
      </span>
      <span>
        <mark className={classes.mark} data-severity="consider">
          {t('languageCheck.severity.consider')}
        </mark>
      </span>
      <span>
        <mark className={classes.mark} data-severity="consider" data-decided>
          {t('documents.review.legendDecided')}
        </mark>
      </span>
      <span>
        <mark className={classes.mark} data-comment>
          {t('documents.review.legendComment')}
        </mark>
      </span>
    </div>
  );
}
