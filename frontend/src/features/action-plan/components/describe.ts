/**
 * Human words for places and values in an action plan: "Mål ”Fler sökande” – målvärde" for the
 * path `goals/<id>/target`, "12,5" for 12.5, the grounds' Swedish names, and so on. Used by the
 * diff, the conflict dialog and the approval refusal.
 */
import type { TFunction } from 'i18next';
import { formatDate, isIsoDate } from '@/lib/dates';
import type { Activity, Goal, PlanContent } from '../api/types';

export type Section = 'vision' | 'goals' | 'activities';

export interface ParsedPath {
  section: Section;
  /** A goal's or activity's id, or its index when the path uses one. */
  item?: string;
  field?: string;
}

/**
 * Accepts the usual spellings: `vision`, `goals/<id>/target`, `/goals/<id>/target` (JSON pointer),
 * `goals.<id>.target`, `goals[<id>].target`, `goals[id=<id>].target`, `goals[0].target`.
 */
export function parsePath(path: string): ParsedPath | null {
  const tokens = path
    .replace(/\[(?:id=)?["']?([^\]"']+)["']?\]/g, '/$1')
    .split(/[/.]/)
    .filter(Boolean);
  const section = tokens[0];
  if (section !== 'vision' && section !== 'goals' && section !== 'activities') return null;
  if (section === 'vision') return { section };
  return { section, item: tokens[1], field: tokens[2] };
}

/** The goal or activity a path points at, looked up in each content in turn. */
function findItem(
  parsed: ParsedPath,
  contents: readonly (PlanContent | null | undefined)[],
): { item: Goal | Activity; index: number } | null {
  if (!parsed.item || parsed.section === 'vision') return null;
  for (const content of contents) {
    const list: readonly (Goal | Activity)[] =
      parsed.section === 'goals' ? (content?.goals ?? []) : (content?.activities ?? []);
    let index = list.findIndex((x) => x.id === parsed.item);
    if (index === -1 && /^\d+$/.test(parsed.item)) index = Number(parsed.item);
    const item = list[index];
    if (item) return { item, index };
  }
  return null;
}

export function goalName(t: TFunction, goal: Goal | undefined, index: number): string {
  return goal?.title?.trim()
    ? t('plan.goalNamed', { title: goal.title.trim() })
    : t('plan.goalNumber', { n: index + 1 });
}

export function activityName(t: TFunction, activity: Activity | undefined, index: number): string {
  const d = activity?.description?.trim();
  return d
    ? t('plan.activityNamed', { title: d.length > 60 ? `${d.slice(0, 57)}…` : d })
    : t('plan.activityNumber', { n: index + 1 });
}

export function fieldLabel(t: TFunction, field: string): string {
  return t(`plan.fields.${field}`, { defaultValue: field });
}

/** "Vision", "Mål ”X”", "Mål ”X” – målvärde"; null when the path is not understood. */
export function pathLabel(
  t: TFunction,
  path: string,
  contents: readonly (PlanContent | null | undefined)[],
  /** The item's title as the API names it, for items none of `contents` has. */
  fallbackTitle?: string,
): string | null {
  const parsed = parsePath(path);
  if (!parsed) return null;
  if (parsed.section === 'vision') return fieldLabel(t, 'vision');
  const found = findItem(parsed, contents);
  const title = fallbackTitle?.trim();
  let name: string;
  if (parsed.section === 'goals') {
    if (found) name = goalName(t, found.item as Goal, found.index);
    else name = title ? t('plan.goalNamed', { title }) : t('plan.goalUnknown');
  } else if (found) {
    name = activityName(t, found.item as Activity, found.index);
  } else {
    name = title
      ? activityName(t, { description: title } as Activity, 0)
      : t('plan.activityUnknown');
  }
  if (!parsed.item) return t(`plan.sections.${parsed.section}`);
  return parsed.field ? `${name} – ${fieldLabel(t, parsed.field).toLowerCase()}` : name;
}

function isGoal(v: object): v is Goal {
  return 'indicator' in v || 'target' in v || 'baseline' in v;
}
function isActivity(v: object): v is Activity {
  return 'description' in v || 'goal_ids' in v;
}

/**
 * A value from a plan as text. `field` tells how to read it (grounds, statuses, linked goals);
 * `contents` resolve goal ids to names.
 */
export function formatValue(
  t: TFunction,
  value: unknown,
  language: string,
  field?: string,
  contents: readonly (PlanContent | null | undefined)[] = [],
): string {
  if (value === null || value === undefined || value === '') return t('plan.diff.empty');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('plan.diff.none');
    if (field === 'grounds') return value.map((g) => t(`plan.grounds.${g}`)).join(', ');
    if (field === 'goal_ids') {
      return value
        .map((id) => {
          for (const c of contents) {
            const index = c?.goals.findIndex((g) => g.id === id) ?? -1;
            if (c && index >= 0) return goalName(t, c.goals[index], index);
          }
          return t('plan.goalUnknown');
        })
        .join(', ');
    }
    return value.map((v) => formatValue(t, v, language, undefined, contents)).join(', ');
  }
  if (typeof value === 'number') {
    return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(value);
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string') {
    if (field === 'status') return t(`plan.activityStatus.${value}`, { defaultValue: value });
    if (isIsoDate(value)) return formatDate(value, language);
    return value;
  }
  if (typeof value === 'object') {
    const v = value as object;
    if (isGoal(v)) {
      const g = v as Goal;
      const parts = [
        g.title || t('plan.untitled'),
        g.indicator && `${fieldLabel(t, 'indicator')}: ${g.indicator}`,
        `${fieldLabel(t, 'baseline')}: ${formatValue(t, g.baseline, language)}`,
        `${fieldLabel(t, 'target')}: ${formatValue(t, g.target, language)}`,
        `${fieldLabel(t, 'deadline')}: ${formatValue(t, g.deadline, language)}`,
      ];
      return parts.filter(Boolean).join('; ');
    }
    if (isActivity(v)) {
      const a = v as Activity;
      return [
        a.description || t('plan.untitled'),
        a.due_date && `${fieldLabel(t, 'due_date')}: ${formatDate(a.due_date, language)}`,
      ]
        .filter(Boolean)
        .join('; ');
    }
    return JSON.stringify(value);
  }
  return String(value);
}

/** The field a path ends in (`target` for `goals/<id>/target`). */
export function pathField(path: string): string | undefined {
  const parsed = parsePath(path);
  return parsed?.section === 'vision' ? 'vision' : parsed?.field;
}
