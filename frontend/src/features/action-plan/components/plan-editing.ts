import { errorDetail, isApiError, validationIssues } from '@/lib/api';
import type { Plan, PlanConflict } from '../api/types';

/** A submitted or approved plan (or one the server says is not editable) is shown read-only. */
export function isLocked(plan: Plan): boolean {
  return !plan.editable || plan.status === 'submitted' || plan.status === 'approved';
}

/** Reads a 409 version_conflict's detail, when it has a plan's shape (the merge to resolve). */
export function conflictOf(error: unknown): PlanConflict | null {
  if (!isApiError(error, 409)) return null;
  const d = errorDetail(error, 'version_conflict');
  if (!d || typeof d !== 'object' || !('merged' in d) || !d.current || !d.merged) return null;
  return { current: d.current, merged: d.merged, conflicts: d.conflicts ?? [] };
}

/** 422 problems of a plan save, keyed "goals.<index>.<field>" / "activities.<index>.<field>". */
export function issuesOf(t: (k: string) => string, error: unknown): Record<string, string> {
  if (!isApiError(error, 422)) return {};
  const out: Record<string, string> = {};
  for (const issue of validationIssues(error)) {
    const loc = issue.loc;
    const i = loc.findIndex((x) => x === 'goals' || x === 'activities' || x === 'vision');
    if (i === -1) continue;
    const key = loc.slice(i, i + 3).join('.');
    out[key] = t(`errors.${issue.type}`) || t('errors.invalid_value');
  }
  return out;
}

/** The problems under `prefix` ("goals.0."), keyed by the field's name. */
export function fieldErrors(
  issues: Record<string, string>,
  prefix: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(issues)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}
