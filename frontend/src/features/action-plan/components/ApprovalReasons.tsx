import { Alert, List } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import type { ApprovalReason, PlanContent } from '../api/types';
import { fieldLabel, goalName } from './describe';

/** The reasons of a 409 approval_preconditions_failed, or null for any other error. */
export function approvalReasonsOf(error: unknown): ApprovalReason[] | null {
  if (!isApiError(error, 409) || !error.is('approval_preconditions_failed')) return null;
  const d = error.detail;
  return d && typeof d === 'object' && Array.isArray(d.reasons) ? d.reasons.flatMap(reasonOf) : [];
}

/** One reason as sent (any keys, by contract): kept with its code, its known fields checked. */
function reasonOf(raw: { [key: string]: unknown } | null): ApprovalReason[] {
  if (!raw || typeof raw !== 'object' || typeof raw.code !== 'string') return [];
  const { missing, count, min, max, goal_id } = raw;
  return [
    {
      ...raw,
      code: raw.code,
      missing: Array.isArray(missing) ? missing.filter(isKey) : undefined,
      count: typeof count === 'number' ? count : undefined,
      min: typeof min === 'number' ? min : undefined,
      max: typeof max === 'number' ? max : undefined,
      goal_id: typeof goal_id === 'string' ? goal_id : undefined,
    },
  ];
}

const isKey = (x: unknown): x is number | string => typeof x === 'number' || typeof x === 'string';

/** One reason in the user's language. */
export function reasonText(t: TFunction, r: ApprovalReason, content?: PlanContent): string {
  switch (r.code) {
    case 'moments_not_held':
      return t('plan.approval.moments_not_held', {
        count: r.missing?.length ?? 0,
        list: (r.missing ?? []).join(', '),
      });
    case 'working_group_size':
      return t('plan.approval.working_group_size', {
        count: r.count ?? 0,
        min: r.min ?? 3,
        max: r.max ?? 8,
      });
    case 'goal_incomplete': {
      const index = content?.goals.findIndex((g) => g.id === r.goal_id) ?? -1;
      const name =
        content && index >= 0 ? goalName(t, content.goals[index], index) : t('plan.goalUnknown');
      return t('plan.approval.goal_incomplete', {
        goal: name,
        fields: (r.missing ?? []).map((f) => fieldLabel(t, String(f)).toLowerCase()).join(', '),
      });
    }
    case 'no_goals':
    case 'vision_missing':
      return t(`plan.approval.${r.code}`);
    default:
      return t('plan.approval.unknown', { code: r.code });
  }
}

/** Why the plan cannot be approved yet, one line per reason. */
export function ApprovalReasons({
  reasons,
  content,
}: {
  reasons: ApprovalReason[];
  content?: PlanContent;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      title={t('plan.approval.refusedTitle')}
      role="alert"
      data-testid="approval-refused"
    >
      {reasons.length === 0 ? (
        t('errors.approval_preconditions_failed')
      ) : (
        <List size="sm">
          {reasons.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no ids
            <List.Item key={i}>{reasonText(t, r, content)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
