import { Textarea, type TextareaProps, TextInput, type TextInputProps } from '@mantine/core';
import { type CheckedValue, LanguageChecked } from './LanguageChecked';

export type LanguageCheckedTextareaProps = Omit<
  TextareaProps,
  | 'value'
  | 'onChange'
  | 'inputContainer'
  | 'classNames'
  | 'onFocus'
  | 'onScroll'
  | 'onSelect'
  | 'onKeyDown'
  | 'ref'
> &
  CheckedValue;

/** Mantine's Textarea, checked for inclusive language while it is written (see `LanguageChecked`). */
export function LanguageCheckedTextarea({
  value,
  onChange,
  ...props
}: LanguageCheckedTextareaProps) {
  return (
    <LanguageChecked
      value={value}
      onChange={onChange}
      enabled={!props.readOnly && !props.disabled}
      singleLine={false}
      renderInput={(bindings) => <Textarea {...props} {...bindings} />}
    />
  );
}

export type LanguageCheckedTextInputProps = Omit<
  TextInputProps,
  | 'value'
  | 'onChange'
  | 'inputContainer'
  | 'classNames'
  | 'onFocus'
  | 'onScroll'
  | 'onSelect'
  | 'onKeyDown'
  | 'ref'
> &
  CheckedValue;

/** Mantine's TextInput (one line: titles, names of roles), checked like the text area. */
export function LanguageCheckedTextInput({
  value,
  onChange,
  ...props
}: LanguageCheckedTextInputProps) {
  return (
    <LanguageChecked
      value={value}
      onChange={onChange}
      enabled={!props.readOnly && !props.disabled}
      singleLine
      renderInput={(bindings) => <TextInput {...props} {...bindings} />}
    />
  );
}
