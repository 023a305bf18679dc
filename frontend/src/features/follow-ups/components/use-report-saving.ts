import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import { notify } from '@/lib/notify';
import { followUpKey } from '@/lib/query-keys';
import { followUpQueryOptions } from '../api/get-follow-up';
import { useSaveReport } from '../api/save-report';
import { useSubmitFollowUp } from '../api/submit-follow-up';
import type { FollowUp } from '../api/types';
import { draftFrom, type ReportDraft, sameReport, toReport } from './report-model';

/** A save or submit that lost against someone else's: the form reloads with a message. */
function isStale(error: unknown): boolean {
  return (
    isApiError(error, 409) &&
    (error.code === 'version_conflict' || error.code === 'follow_up_locked')
  );
}

/**
 * The report form's draft and its saving: the draft is saved with the version it was based on,
 * and submitting saves unsaved changes first. When someone else saved or submitted first (a 409),
 * their version is loaded in place of the draft and `reloaded` says so.
 */
export function useReportSaving(followUp: FollowUp) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveReport(followUp.id);
  const submit = useSubmitFollowUp(followUp.id);
  const [base, setBase] = useState<FollowUp>(followUp);
  const [draft, setDraft] = useState<ReportDraft>(() => draftFrom(followUp.plan, followUp.report));
  const [error, setError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const dirty = !sameReport(draft, draftFrom(base.plan, base.report));

  // A newer version from the server (a refetch) replaces an unchanged draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version matters
  useEffect(() => {
    if (followUp.version === base.version) return;
    if (!dirty) {
      setBase(followUp);
      setDraft(draftFrom(followUp.plan, followUp.report));
    }
  }, [followUp.version]);

  const adopt = (f: FollowUp) => {
    setBase(f);
    setDraft(draftFrom(f.plan, f.report));
  };

  /** Someone else saved or submitted first: load theirs, say so. */
  const reload = async () => {
    setConfirming(false);
    const fresh = await queryClient.fetchQuery({
      ...followUpQueryOptions(followUp.id),
      staleTime: 0,
    });
    adopt(fresh);
    setReloaded(true);
    setError(null);
    await queryClient.invalidateQueries({ queryKey: followUpKey(followUp.id) });
  };

  const onError = (e: unknown) => {
    if (isStale(e)) void reload();
    else {
      setConfirming(false);
      setError(e);
    }
  };

  const doSave = (then?: (f: FollowUp) => void) => {
    setError(null);
    setReloaded(false);
    save.mutate(
      { version: base.version, report: toReport(draft) },
      {
        onSuccess: (f) => {
          adopt(f);
          if (then) then(f);
          else notify(t('followUps.report.saved'));
        },
        onError,
      },
    );
  };

  const doSubmit = (version: number) =>
    submit.mutate(version, {
      onSuccess: (f) => {
        adopt(f);
        setConfirming(false);
        notify(t('followUps.report.submitted'));
      },
      onError,
    });

  return {
    /** The plan the report is about (that of the version the draft is based on). */
    plan: base.plan,
    draft,
    setDraft,
    dirty,
    error,
    reloaded,
    saving: save.isPending,
    busy: save.isPending || submit.isPending,
    save: () => doSave(),
    /** The submit dialog: open while the person confirms. */
    confirming,
    setConfirming,
    /** Submits the report as saved; unsaved changes are saved first. */
    submit: () => {
      if (dirty) doSave((f) => doSubmit(f.version));
      else doSubmit(base.version);
    },
  };
}
