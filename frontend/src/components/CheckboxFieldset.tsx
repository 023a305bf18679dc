import { Checkbox, SimpleGrid, Text } from '@mantine/core';
import { useId } from 'react';
import classes from './CheckboxFieldset.module.css';

export interface CheckboxOption {
  value: string;
  label: string;
}

/**
 * A set of checkboxes as a real fieldset with a legend, so screen readers announce the question
 * with every option (Mantine's Checkbox.Group leaves its group unnamed).
 */
export function CheckboxFieldset({
  legend,
  options,
  value,
  onChange,
  error,
  description,
  cols = 1,
  required,
  disabled,
  testId,
}: {
  legend: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | null;
  description?: string;
  cols?: number;
  required?: boolean;
  disabled?: boolean;
  testId?: string;
}) {
  const id = useId();
  const describedBy = [description && `${id}-description`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  const toggle = (option: string, checked: boolean) =>
    onChange(
      checked
        ? options.map((o) => o.value).filter((v) => v === option || value.includes(v))
        : value.filter((v) => v !== option),
    );
  return (
    <fieldset
      className={classes.fieldset}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
      data-testid={testId}
    >
      <legend className={classes.legend}>
        {legend}
        {required && (
          <span aria-hidden className={classes.required}>
            {' *'}
          </span>
        )}
      </legend>
      {description && (
        <Text id={`${id}-description`} size="sm" c="dimmed" mb={4}>
          {description}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: cols }} spacing={6} verticalSpacing={6}>
        {options.map((o) => (
          <Checkbox
            key={o.value}
            label={o.label}
            checked={value.includes(o.value)}
            onChange={(e) => toggle(o.value, e.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text id={`${id}-error`} size="sm" c="var(--mantine-color-error)" mt={4}>
          {error}
        </Text>
      )}
    </fieldset>
  );
}
