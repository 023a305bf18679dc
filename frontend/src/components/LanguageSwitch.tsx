import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Switches between Swedish and English; the choice is remembered in localStorage (see i18n). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'sv' : 'en';
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={() => void i18n.changeLanguage(next)}
      lang={next}
    >
      {t(`language.short.${next}`)}
    </Button>
  );
}
