import { NumberInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A number that may be empty (null). The text is kept while typing ("12," is not yet a number) and
 * follows the value when it changes from outside (a reload). The decimal separator follows the UI
 * language.
 */
export function NumberField({
  label,
  value,
  onChange,
  error,
  description,
  readOnly,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string;
  description?: string;
  readOnly?: boolean;
}) {
  const { i18n } = useTranslation();
  const [text, setText] = useState<string | number>(value ?? '');
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an outside change resets the text
  useEffect(() => {
    const current = text === '' ? null : Number(String(text).replace(',', '.'));
    if (current !== value) setText(value ?? '');
  }, [value]);
  return (
    <NumberInput
      label={label}
      description={description}
      value={text}
      decimalSeparator={i18n.language === 'en' ? '.' : ','}
      readOnly={readOnly}
      onChange={(v) => {
        setText(v);
        if (v === '') onChange(null);
        else if (typeof v === 'number') onChange(v);
        else {
          const n = Number(String(v).replace(',', '.'));
          if (!Number.isNaN(n)) onChange(n);
        }
      }}
      error={error}
    />
  );
}
