import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/dates';
import {
  certificationReportUrl,
  originalUrl,
  reviewedDocxUrl,
  versionReportUrl,
} from '../api/download-urls';
import { useDocuments } from '../api/get-documents';
import { useLocale } from '../api/locale';
import type { DocumentSummary, ReviewCounts } from '../api/types';
import { CountsTable } from './CountsTable';
import classes from './documents.module.css';
import { allows, kindLabel, ReviewStatusBadge } from './labels';
import { NewVersionDialog } from './NewVersionDialog';
import { PasteDialog } from './PasteDialog';
import { UploadDialog } from './UploadDialog';

/** "3 öppna, 2 godtagna, 1 avfärdat". */
function CountsLine({ counts, resolved }: { counts: ReviewCounts; resolved?: boolean }) {
  const { t } = useTranslation();
  const c = counts.by_status;
  return (
    <Text size="sm" data-testid="counts-line">
      {t('documents.counts.summary', {
        open: c.open,
        accepted: c.accepted,
        dismissed: c.dismissed,
      })}
      {resolved && (
        <>
          {' · '}
          <span data-testid="resolved-count">
            {t('documents.counts.resolved', { count: counts.resolved })}
          </span>
        </>
      )}
    </Text>
  );
}

/**
 * The "Dokument" tab: the certification's documents at their current version, with the review's
 * status, the findings by ground, the downloads and, for the working group, uploads. Every action
 * is one the server lists in `allowed_actions`.
 */
export function DocumentList({ certificationId }: { certificationId: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const documents = useDocuments(certificationId);
  const [dialog, setDialog] = useState<'upload' | 'paste' | null>(null);
  const [newVersionOf, setNewVersionOf] = useState<DocumentSummary | null>(null);

  if (documents.isPending) return <Loading />;
  if (documents.isError) return <ErrorAlert error={documents.error} />;
  const list = documents.data;
  const canUpload = allows(list.allowed_actions, 'upload');

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="documents-title">
      <Group justify="space-between" align="flex-start" gap="sm" mb="xs">
        <Title order={2} size="h3" id="documents-title">
          {t('documents.title')}
        </Title>
        {canUpload && (
          <Group gap="xs">
            <Button onClick={() => setDialog('upload')}>{t('documents.upload.button')}</Button>
            <Button variant="outline" onClick={() => setDialog('paste')}>
              {t('documents.paste.button')}
            </Button>
          </Group>
        )}
      </Group>
      <Text mb="md">{t('documents.intro')}</Text>

      {list.items.length === 0 ? (
        <Text data-testid="documents-empty">{t('documents.empty')}</Text>
      ) : (
        <Stack gap="md">
          <section aria-labelledby="documents-totals" data-testid="documents-totals">
            <Title order={3} size="h4" id="documents-totals" mb={4}>
              {t('documents.totals.title')}
            </Title>
            <Text size="sm">{t('documents.totals.documents', { count: list.items.length })}</Text>
            <CountsLine counts={list.totals} resolved={list.totals.resolved > 0} />
            <CountsTable
              counts={list.totals}
              caption={t('documents.totals.caption')}
              testId="totals-by-ground"
            />
            <Anchor
              href={certificationReportUrl(certificationId, locale)}
              download
              size="sm"
              data-testid="certification-report"
            >
              {t('documents.downloads.all')}
            </Anchor>
          </section>
          <ul className={classes.stack} aria-label={t('documents.listLabel')}>
            {list.items.map((d) => (
              <li key={d.id}>
                <DocumentCard
                  certificationId={certificationId}
                  document={d}
                  onNewVersion={() => setNewVersionOf(d)}
                />
              </li>
            ))}
          </ul>
        </Stack>
      )}

      <UploadDialog
        certificationId={certificationId}
        opened={dialog === 'upload'}
        onClose={() => setDialog(null)}
      />
      <PasteDialog
        certificationId={certificationId}
        opened={dialog === 'paste'}
        onClose={() => setDialog(null)}
      />
      <NewVersionDialog
        certificationId={certificationId}
        document={newVersionOf}
        onClose={() => setNewVersionOf(null)}
      />
    </Paper>
  );
}

function DocumentCard({
  certificationId,
  document: d,
  onNewVersion,
}: {
  certificationId: number;
  document: DocumentSummary;
  onNewVersion: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const titleId = `document-${d.id}-title`;
  const link = {
    to: '/certifications/$certificationId',
    params: { certificationId },
    search: { tab: 'documents', version: d.current_version_id },
  } as const;
  const canReview = allows(d.allowed_actions, 'review');
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="document-card"
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={titleId} className={classes.wrap}>
            <AnchorLink {...link}>{d.title}</AnchorLink>
          </Title>
          <ReviewStatusBadge status={d.status} />
        </Group>
        <Text size="sm" className={classes.wrap}>
          {t('documents.card.meta', {
            kind: kindLabel(t, d.kind),
            file: d.file_name,
            number: d.current_version,
            date: formatDateTime(d.uploaded_at, i18n.language),
          })}
        </Text>
        <CountsLine counts={d.counts} resolved={d.current_version > 1} />
        <CountsTable
          counts={d.counts}
          caption={t('documents.counts.caption', { title: d.title })}
          testId="document-by-ground"
        />
        <Group gap="xs" wrap="wrap">
          <Button
            renderRoot={(props) => <AnchorLink {...props} {...link} />}
            size="compact-md"
            variant={canReview ? 'filled' : 'outline'}
            aria-label={t(canReview ? 'documents.card.reviewNamed' : 'documents.card.openNamed', {
              title: d.title,
            })}
          >
            {t(canReview ? 'documents.card.review' : 'documents.card.open')}
          </Button>
          {allows(d.allowed_actions, 'upload') && (
            <Button
              size="compact-md"
              variant="outline"
              onClick={onNewVersion}
              aria-label={t('documents.version.buttonNamed', { title: d.title })}
            >
              {t('documents.version.button')}
            </Button>
          )}
        </Group>
        <Group
          gap="sm"
          wrap="wrap"
          role="group"
          aria-label={t('documents.downloads.label', { title: d.title })}
        >
          <Text size="sm" aria-hidden="true">
            {t('documents.downloads.heading')}
          </Text>
          <Anchor
            size="sm"
            href={originalUrl(d.current_version_id)}
            download
            aria-label={t('documents.downloads.originalNamed', { title: d.title })}
          >
            {t('documents.downloads.original')}
          </Anchor>
          <Anchor
            size="sm"
            href={reviewedDocxUrl(d.current_version_id, locale)}
            download
            aria-label={t('documents.downloads.reviewedNamed', { title: d.title })}
          >
            {t('documents.downloads.reviewed')}
          </Anchor>
          <Anchor
            size="sm"
            href={versionReportUrl(d.current_version_id, locale)}
            download
            aria-label={t('documents.downloads.reportNamed', { title: d.title })}
          >
            {t('documents.downloads.report')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
