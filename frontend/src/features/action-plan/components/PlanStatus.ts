import type { Tone } from '@/components/StatusBadge';
import type { PlanStatus } from '../api/types';

export const PLAN_STATUS_TONES: Record<PlanStatus, Tone> = {
  draft: 'blue',
  submitted: 'orange',
  changes_requested: 'orange',
  approved: 'green',
};
