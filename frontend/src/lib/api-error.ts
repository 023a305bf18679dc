import type { components } from '@/client/schema';

type Schemas = components['schemas'];

/**
 * Every error body the API documents: the `<Code>Error` schema of each code (`{error: code,
 * detail}`) and the body of every 422 (`ValidationErrorBody`).
 */
export type ApiErrorBody =
  | {
      [K in keyof Schemas]: K extends `${string}Error`
        ? Schemas[K] extends { error: string; detail: unknown }
          ? Schemas[K]
          : never
        : never;
    }[keyof Schemas]
  | Schemas['ValidationErrorBody'];

/** The error codes the API documents. */
export type ApiErrorCode = ApiErrorBody['error'];

/**
 * The detail the API documents for `code`: a union where several schemas share a code
 * (`version_conflict`: a plan's merge, or any other object's `current`).
 */
export type ApiErrorDetail<C extends ApiErrorCode> = ErrorDetails[C];

type ErrorDetails = { [C in ApiErrorCode]: Extract<ApiErrorBody, { error: C }>['detail'] };

/** One validation problem as the API reports it in a 422 `detail` list. */
export type ValidationIssue = Schemas['ValidationIssue'];

/**
 * An API error: `{"error": code, "detail": ...}` plus the HTTP status. `detail` is what came, as
 * it came (a body may be FastAPI's plain one, not JSON, or from an older server); read it typed
 * through `is(code)` or `errorDetail(error, code)`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: unknown;

  constructor(status: number, code: string, detail: unknown) {
    super(`${status} ${code}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
  }

  /** Whether this is the error `code`: then its body is the one the API documents for that code. */
  is<C extends ApiErrorCode>(
    code: C,
  ): this is ApiError & { readonly code: C; readonly detail: ApiErrorDetail<C> } {
    return this.code === code;
  }

  /** Validation problems keyed by field name (the last element of `loc`). */
  get fieldIssues(): Record<string, ValidationIssue> {
    const out: Record<string, ValidationIssue> = {};
    for (const issue of validationIssues(this)) {
      const field = issueField(issue);
      if (field !== undefined && !(field in out)) out[field] = issue;
    }
    return out;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/**
 * The detail of `error` when it is the API error `code`, typed as the API documents it; null for
 * any other error. `errorDetail(e, 'version_conflict')?.current`.
 */
export function errorDetail<C extends ApiErrorCode>(
  error: unknown,
  code: C,
): ApiErrorDetail<C> | null {
  return isApiError(error) && error.is(code) ? (error.detail ?? null) : null;
}

/**
 * The problems of a validation error (every 422), each checked: the body may be FastAPI's plain
 * one or no JSON at all.
 */
export function validationIssues(error: unknown): ValidationIssue[] {
  if (!isApiError(error) || error.code !== 'validation_error') return [];
  const detail: unknown = error.detail;
  return Array.isArray(detail) ? detail.filter(isValidationIssue) : [];
}

/**
 * The field an issue is about: the last element of its `loc` (`["body", "goals", 0, "title"]` →
 * "title"). None for an issue about the whole request (`["body"]`: a service's own refusal, such
 * as a live room's `options_invalid`).
 */
export function issueField(issue: ValidationIssue): string | undefined {
  if (issue.loc.length < 2) return undefined;
  const field = issue.loc[issue.loc.length - 1];
  return typeof field === 'string' ? field : undefined;
}

export function isValidationIssue(value: unknown): value is ValidationIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    'loc' in value &&
    Array.isArray(value.loc) &&
    value.loc.every((part) => typeof part === 'string' || typeof part === 'number') &&
    'type' in value &&
    typeof value.type === 'string' &&
    'msg' in value &&
    typeof value.msg === 'string'
  );
}

/** Turns any error body into an ApiError; tolerates FastAPI's plain `{"detail": ...}` shape too. */
export function toApiError(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null) {
    const detail = 'detail' in body ? body.detail : undefined;
    if ('error' in body && typeof body.error === 'string') {
      return new ApiError(status, body.error, detail);
    }
    if (status === 422) return new ApiError(status, 'validation_error', detail);
    if ('detail' in body) return new ApiError(status, statusCode(status), detail);
  }
  return new ApiError(status, statusCode(status), body);
}

function statusCode(status: number): string {
  switch (status) {
    case 401:
      return 'not_authenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 422:
      return 'validation_error';
    case 429:
      return 'too_many_attempts';
    default:
      return status >= 500 ? 'server_error' : 'unknown';
  }
}
