import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/dates';
import { useDecide } from '../api/decide-finding';
import { useVersion } from '../api/get-version';
import type { DocumentFinding, Version } from '../api/types';
import { CommentOnSelection } from './CommentOnSelection';
import classes from './documents.module.css';
import { type DecisionValues, FindingItem } from './FindingItem';
import { allows, ReviewStatusBadge } from './labels';
import { ReviewLegend } from './ReviewLegend';
import { CheckSettingsPanel, CommentsList, VersionDownloads } from './ReviewPanels';
import { ReviewSteps } from './ReviewSteps';
import { ReviewText } from './ReviewText';
import { inTextOrder, layout } from './text-model';
import { useFindingNavigation } from './use-finding-navigation';
import { VersionsPanel } from './VersionsPanel';

/** A version's review: the text beside its findings, comments, and finishing the review. */
export function DocumentReview({
  certificationId,
  versionId,
}: {
  certificationId: number;
  versionId: number;
}) {
  const { t } = useTranslation();
  const version = useVersion(versionId);
  const back = (
    <AnchorLink
      to="/certifications/$certificationId"
      params={{ certificationId }}
      search={{ tab: 'documents' }}
      data-testid="back-to-documents"
    >
      {t('documents.review.back')}
    </AnchorLink>
  );
  if (version.isPending) return <Loading />;
  if (version.isError) {
    return (
      <Stack>
        {back}
        {isApiError(version.error, 404) ? (
          <Text>{t('documents.review.notFound')}</Text>
        ) : (
          <ErrorAlert error={version.error} />
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {back}
      <Review certificationId={certificationId} version={version.data} />
      <VersionsPanel
        certificationId={certificationId}
        documentId={version.data.document_id}
        versionId={version.data.id}
      />
    </Stack>
  );
}

function Review({ certificationId, version }: { certificationId: number; version: Version }) {
  const { t, i18n } = useTranslation();
  const canReview = allows(version.allowed_actions, 'review');
  const canFinish = allows(version.allowed_actions, 'finish_review');
  const canReopen = allows(version.allowed_actions, 'reopen_review');
  const findings = useMemo(() => inTextOrder(version.findings), [version.findings]);
  const byId = useMemo(() => new Map(findings.map((f) => [f.id, f])), [findings]);
  const view = useMemo(
    () => layout(version.text, version.blocks, version.findings, version.comments),
    [version.text, version.blocks, version.findings, version.comments],
  );
  const decide = useDecide(certificationId, version);
  const nav = useFindingNavigation({
    findings,
    byId,
    view,
    canReview,
    resetDecision: decide.reset,
  });
  const open = version.counts.by_status.open;

  const onDecide = (finding: DocumentFinding, values: DecisionValues) => {
    decide.mutate(
      {
        findingId: finding.id,
        decision: values.decision,
        note: values.note,
        suggestion: values.suggestion ?? null,
        accept_term: values.accept_term ?? false,
      },
      { onSuccess: () => nav.decided(finding, values.decision) },
    );
  };

  return (
    <Stack gap="md" ref={nav.rootRef} data-testid="document-review">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" className={classes.wrap}>
            {t('documents.review.title', { title: version.document_title })}
          </Title>
          <Text size="sm" className={classes.wrap}>
            {t('documents.review.meta', {
              number: version.number,
              file: version.file_name,
              date: formatDateTime(version.uploaded_at, i18n.language),
            })}
          </Text>
        </Stack>
        <ReviewStatusBadge status={version.status} />
      </Group>

      {version.status === 'superseded' && (
        <Paper withBorder p="sm" radius="md" data-testid="superseded">
          <Text size="sm">{t('documents.review.superseded')}</Text>
        </Paper>
      )}
      {version.status === 'reviewed' && (
        <Paper withBorder p="sm" radius="md" data-testid="review-finished">
          <Text size="sm" fw={700}>
            {t('documents.review.reviewedAt', {
              date: formatDateTime(version.reviewed_at, i18n.language),
            })}
          </Text>
          <Text size="sm" className={classes.preWrap}>
            {version.review_summary || t('documents.review.noSummary')}
          </Text>
        </Paper>
      )}

      <Group gap="md" align="flex-start" wrap="wrap">
        <VersionDownloads version={version} />
      </Group>

      <ReviewSteps
        certificationId={certificationId}
        version={version}
        open={open}
        canFinish={canFinish}
        canReopen={canReopen}
      />

      <CheckSettingsPanel settings={version.settings} />

      {canReview ? (
        <Text size="sm" className={classes.kbd} id="review-keys">
          {t('documents.review.keys')}
        </Text>
      ) : (
        <Text size="sm">{t('documents.review.readOnly')}</Text>
      )}

      <div className={classes.panes}>
        <section className={classes.pane} aria-labelledby="review-text-title">
          <div className={classes.paneHeader}>
            <Title order={3} size="h5" id="review-text-title">
              {t('documents.review.text')}
            </Title>
            <ReviewLegend />
          </div>
          {/* A scrolling region is reachable by keyboard (WCAG 2.1.1), like ScrollTable. */}
          <Box
            className={classes.scroll}
            tabIndex={0}
            role="region"
            aria-label={t('documents.review.text')}
          >
            <ReviewText blocks={view.blocks} findings={byId} textRef={nav.textRef} />
          </Box>
          {canReview && (
            <div className={classes.paneFooter}>
              <CommentOnSelection
                certificationId={certificationId}
                version={version}
                textRef={nav.textRef}
              />
            </div>
          )}
        </section>

        <section className={classes.pane} aria-labelledby="review-findings-title">
          <div className={classes.paneHeader}>
            <Title order={3} size="h5" id="review-findings-title">
              {t('documents.review.findings', { count: findings.length, open })}
            </Title>
          </div>
          <Box
            className={classes.scroll}
            tabIndex={0}
            role="region"
            aria-labelledby="review-findings-title"
          >
            {findings.length === 0 ? (
              <Text size="sm">{t('documents.review.noFindings')}</Text>
            ) : (
              <ul className={classes.stack} data-testid="findings">
                {findings.map((f, i) => (
                  <FindingItem
                    key={f.id}
                    finding={f}
                    index={i + 1}
                    total={findings.length}
                    current={f.id === nav.currentId}
                    canReview={canReview}
                    form={nav.form?.id === f.id ? nav.form.kind : null}
                    busy={decide.isPending && decide.variables?.findingId === f.id}
                    error={decide.variables?.findingId === f.id ? decide.error : null}
                    itemRef={nav.itemRef(f.id)}
                    onFocus={() => nav.setCurrentId(f.id)}
                    onOpenForm={(kind) => nav.openForm(f.id, kind)}
                    onCloseForm={nav.closeForm}
                    onDecide={(values) => onDecide(f, values)}
                  />
                ))}
              </ul>
            )}
            <CommentsList comments={version.comments} />
          </Box>
        </section>
      </div>
    </Stack>
  );
}
