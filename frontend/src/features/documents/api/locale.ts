import { useTranslation } from 'react-i18next';
import type { Locale } from './types';

/** The language of texts the server words (explanations, report, reviewed DOCX). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'sv';
}
