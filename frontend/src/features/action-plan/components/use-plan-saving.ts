import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '@/lib/notify';
import { planKey } from '../api/get-plan';
import { useSavePlan } from '../api/save-plan';
import { useSubmitPlan } from '../api/submit-plan';
import type { Plan, PlanConflict, PlanContent } from '../api/types';
import { conflictOf, isLocked } from './plan-editing';
import { normalise, sameContent } from './plan-model';

/**
 * The plan editor's draft and its saving: the plan is saved as a whole with the version it was
 * based on, and submitting saves unsaved changes first. A stale save (409 version_conflict) sets
 * `conflict`, from which the server's merge is saved or the current plan taken instead.
 */
export function usePlanSaving(certificationId: number, plan: Plan) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSavePlan(certificationId);
  const submit = useSubmitPlan(certificationId);
  const [base, setBase] = useState<Plan>(plan);
  const [draft, setDraft] = useState<PlanContent>(() => normalise(plan.content));
  const [conflict, setConflict] = useState<PlanConflict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const dirty = !sameContent(draft, base.content);
  const locked = isLocked(plan);

  // A newer plan from the server (after a submit, or a refetch) replaces an unchanged draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version matters
  useEffect(() => {
    if (plan.version === base.version && plan.status === base.status) return;
    if (!dirty || locked) {
      setBase(plan);
      setDraft(normalise(plan.content));
    }
  }, [plan.version, plan.status]);

  const adopt = (p: Plan) => {
    setBase(p);
    setDraft(normalise(p.content));
  };

  const doSave = (content: PlanContent, baseVersion: number, then?: (p: Plan) => void) => {
    setError(null);
    save.mutate(
      { base_version: baseVersion, content },
      {
        onSuccess: (p) => {
          adopt(p);
          setConflict(null);
          if (then) then(p);
          else notify(t('plan.saved'));
        },
        onError: (e) => {
          const c = conflictOf(e);
          if (c) {
            setConfirming(false);
            setConflict(c);
          } else setError(e);
        },
      },
    );
  };

  const doSubmit = (version: number) =>
    submit.mutate(version, {
      onSuccess: (p) => {
        adopt(p);
        setConfirming(false);
        notify(t('plan.submitted'));
      },
      onError: (e) => {
        setConfirming(false);
        setError(e);
      },
    });

  return {
    /** The plan as last saved (or loaded): the draft's version. */
    base,
    draft,
    setDraft,
    dirty,
    error,
    saving: save.isPending,
    busy: save.isPending || submit.isPending,
    save: () => doSave(draft, base.version),
    /** The submit dialog: open while the person confirms. */
    confirming,
    setConfirming,
    /** Submits the plan as saved; unsaved changes are saved first. */
    submit: () => {
      if (dirty) doSave(draft, base.version, (p) => doSubmit(p.version));
      else doSubmit(base.version);
    },
    conflict,
    closeConflict: () => setConflict(null),
    /** Saves the server's merge (both sides' other changes, theirs where both changed). */
    saveMerged: () => conflict && doSave(conflict.merged, conflict.current.version),
    /** Takes the current plan instead, throwing the draft away (it is not read again). */
    reloadCurrent: () => {
      if (!conflict) return;
      queryClient.setQueryData(planKey(certificationId), conflict.current);
      adopt(conflict.current);
      setConflict(null);
      setError(null);
      notify(t('plan.conflict.reloaded'));
    },
  };
}
