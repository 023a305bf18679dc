import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHECK_DELAY_MS,
  type CheckLocale,
  languageCheckQueryOptions,
  type Mark,
  rebase,
  withinLimit,
} from '@/lib/language-check';

/**
 * The inclusive-language findings of `value`, placed in it (UTF-16 indices). The text is sent
 * `CHECK_DELAY_MS` after the last change (at once when the field first shows, or after
 * `checkNextAtOnce`); a request for an older text is cancelled, and its answer never shown. Empty
 * or blank text is never sent, nor text over the API's 100 KB. Between a change and its check, the
 * last findings follow the edit (`rebase`), so the underlines do not flicker while typing.
 */
export function useLanguageCheck(
  value: string,
  enabled = true,
): { marks: Mark[]; checked: boolean; checkNextAtOnce: () => void } {
  const { i18n } = useTranslation();
  const locale: CheckLocale = i18n.language === 'en' ? 'en' : 'sv';
  const [settled, setSettled] = useState(value);
  const atOnce = useRef(false);

  useEffect(() => {
    if (value === settled) return;
    if (atOnce.current) {
      atOnce.current = false;
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, settled]);

  const wanted = enabled && value.trim() !== '' && withinLimit(value);
  const query = useQuery({
    ...languageCheckQueryOptions(settled, locale),
    enabled: wanted && settled.trim() !== '' && withinLimit(settled),
    placeholderData: keepPreviousData,
  });
  const data = wanted ? query.data : undefined;
  const marks = useMemo(() => (data ? rebase(data.marks, data.text, value) : []), [data, value]);
  const checkNextAtOnce = useCallback(() => {
    atOnce.current = true;
  }, []);
  // "Checked" when the findings shown are those of the text as it is (none for an empty text).
  return { marks, checked: !wanted || data?.text === value, checkNextAtOnce };
}
