import { Group, List, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { formatDateTime } from '@/lib/dates';
import { useComparison } from '../api/get-comparison';
import { useDocument } from '../api/get-document';
import type { DocumentDetail, DocumentFinding } from '../api/types';
import classes from './documents.module.css';
import { findingStatusLabel, groundLabel, ReviewStatusBadge, severityLabel } from './labels';

/** The document's versions (each one opens its review) and the comparison of two of them. */
export function VersionsPanel({
  certificationId,
  documentId,
  versionId,
}: {
  certificationId: number;
  documentId: number;
  versionId: number;
}) {
  const { t, i18n } = useTranslation();
  const document = useDocument(documentId);
  if (document.isPending) return <Loading />;
  if (document.isError) return <ErrorAlert error={document.error} />;
  const d = document.data;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="versions-title">
      <Title order={3} size="h4" id="versions-title" mb="xs">
        {t('documents.versions.title')}
      </Title>
      <ScrollTable minWidth={560} label={t('documents.versions.title')}>
        <Table striped data-testid="versions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('documents.versions.number')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.file')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.uploadedAt')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.status')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.findings')}</Table.Th>
              <Table.Th scope="col">{t('documents.versions.resolved')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...d.versions].reverse().map((v) => (
              <Table.Tr key={v.id}>
                <Table.Th scope="row" fw={500}>
                  {v.id === versionId ? (
                    <span aria-current="page">
                      {t('documents.versions.shown', { number: v.number })}
                    </span>
                  ) : (
                    <AnchorLink
                      to="/certifications/$certificationId"
                      params={{ certificationId }}
                      search={{ tab: 'documents', version: v.id }}
                    >
                      {t('documents.versions.open', { number: v.number })}
                    </AnchorLink>
                  )}
                </Table.Th>
                <Table.Td className={classes.wrap}>{v.file_name}</Table.Td>
                <Table.Td>{formatDateTime(v.uploaded_at, i18n.language)}</Table.Td>
                <Table.Td>
                  <ReviewStatusBadge status={v.status} />
                </Table.Td>
                <Table.Td>
                  {t('documents.counts.summary', {
                    open: v.counts.by_status.open,
                    accepted: v.counts.by_status.accepted,
                    dismissed: v.counts.by_status.dismissed,
                  })}
                </Table.Td>
                <Table.Td>{v.number > 1 ? v.counts.resolved : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {d.versions.length > 1 && <VersionCompare document={d} />}
    </Paper>
  );
}

/** Choose two versions: the findings resolved, new and remaining between them. */
export function VersionCompare({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const numbers = d.versions.map((v) => v.number).sort((a, b) => a - b);
  const last = numbers[numbers.length - 1] ?? null;
  const previous = numbers[numbers.length - 2] ?? null;
  const [from, setFrom] = useState<number | null>(previous);
  const [to, setTo] = useState<number | null>(last);
  // A new version arrives: compare the latest two again.
  useEffect(() => {
    setFrom(previous);
    setTo(last);
  }, [previous, last]);
  const comparison = useComparison(d.id, from, to);
  const options = numbers.map((n) => ({
    value: String(n),
    label: t('documents.compare.option', { number: n }),
  }));
  return (
    <section aria-labelledby="compare-title" data-testid="compare">
      <Title order={4} size="h5" id="compare-title" mt="md" mb="xs">
        {t('documents.compare.title')}
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('documents.compare.from')}
          value={from === null ? '' : String(from)}
          onChange={(e) => setFrom(Number(e.currentTarget.value))}
          data={options}
        />
        <NativeSelect
          label={t('documents.compare.to')}
          value={to === null ? '' : String(to)}
          onChange={(e) => setTo(Number(e.currentTarget.value))}
          data={options}
        />
      </Group>
      {from === to ? (
        <Text size="sm" mt="xs">
          {t('documents.compare.same')}
        </Text>
      ) : comparison.isPending ? (
        <Loading />
      ) : comparison.isError ? (
        <ErrorAlert error={comparison.error} />
      ) : (
        <Stack gap="sm" mt="sm" aria-live="polite">
          <FindingGroup
            id="resolved"
            label={t('documents.compare.resolved', { count: comparison.data.resolved.length })}
            findings={comparison.data.resolved}
          />
          <FindingGroup
            id="new"
            label={t('documents.compare.new', { count: comparison.data.new.length })}
            findings={comparison.data.new}
          />
          <FindingGroup
            id="remaining"
            label={t('documents.compare.remaining', { count: comparison.data.remaining.length })}
            findings={comparison.data.remaining}
            showStatus
          />
        </Stack>
      )}
    </section>
  );
}

function FindingGroup({
  id,
  label,
  findings,
  showStatus = false,
}: {
  id: string;
  label: string;
  findings: readonly DocumentFinding[];
  showStatus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`compare-${id}`} data-testid={`compare-${id}`}>
      <Title order={5} size="h6" id={`compare-${id}`}>
        {label}
      </Title>
      {findings.length === 0 ? (
        <Text size="sm">{t('documents.compare.none')}</Text>
      ) : (
        <List size="sm" className={classes.wrap}>
          {findings.map((f) => (
            <List.Item key={f.id}>
              <span lang="sv">”{f.text}”</span> – {severityLabel(t, f.severity)},{' '}
              {groundLabel(t, f.ground)}
              {showStatus && `, ${findingStatusLabel(t, f.status).toLowerCase()}`}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
