import type { TFunction } from 'i18next';
import { isApiError } from './api';
import { fieldErrors } from './errors';

const FIELD_OF_CODE: Record<string, string> = {
  email_taken: 'email',
  organisation_number_taken: 'org_number',
};

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
  values: object;
}

/**
 * Shows a server's per-field validation errors on the form's fields. Returns true when at least one
 * error landed on a field the form has (otherwise the caller shows a general error).
 */
export function applyServerErrors(form: FormWithErrors, t: TFunction, error: unknown): boolean {
  const errors = fieldErrors(t, error);
  // Domain errors that are about one field are shown on it too.
  if (isApiError(error) && error.code in FIELD_OF_CODE) {
    errors[FIELD_OF_CODE[error.code] as string] = t(`errors.${error.code}`);
  }
  const known = Object.fromEntries(Object.entries(errors).filter(([f]) => f in form.values));
  if (Object.keys(known).length === 0) return false;
  form.setErrors(known);
  return true;
}

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const ORG_NUMBER_RE = /^\d{6}-\d{4}$/;
export const MIN_PASSWORD_LENGTH = 10;
