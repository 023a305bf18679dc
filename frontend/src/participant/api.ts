// fetch against the participation API: no cookies, no CSRF (nothing here is tied to a person).
import { getLang } from './i18n';
import type { AnswerBody, EvaluationBody, EvaluationForm, Room } from './types';

/** `status` 0 means the request never got an answer (offline, timeout). */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string | null };

const TIMEOUT_MS = 15_000;

async function request<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getLang(),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal:
        typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : undefined,
    });
  } catch {
    return { ok: false, status: 0, code: null };
  }
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    // An empty or non-JSON body (a proxy's error page): the status says enough.
  }
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  return { ok: false, status: response.status, code: errorCode(data) };
}

/** The `error` of an error body (`{"error": code, "detail": ...}`), or null for any other body.
 * Every 422 is `validation_error`: a room's own refusal (`answer_invalid`) is the type of its one
 * issue, and the status alone says it (`sendProblem`). */
function errorCode(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('error' in data)) return null;
  return typeof data.error === 'string' ? data.error : null;
}

const enc = encodeURIComponent;

export const roomPath = (code: string) => `/api/v1/participate/${enc(code)}`;
export const roomEventsPath = (code: string) => `${roomPath(code)}/events`;

export const getRoom = (code: string) => request<Room>('GET', roomPath(code));

export const postAnswer = (code: string, body: AnswerBody) =>
  request<{ status: string }>('POST', `${roomPath(code)}/answers`, body);

const evaluationPath = (code: string) => `/api/v1/evaluations/${enc(code)}`;

export const getEvaluation = (code: string) => request<EvaluationForm>('GET', evaluationPath(code));

export const postEvaluation = (code: string, body: EvaluationBody) =>
  request<{ recorded: number }>('POST', `${evaluationPath(code)}/answers`, body);
