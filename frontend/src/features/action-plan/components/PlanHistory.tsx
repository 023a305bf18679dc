import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { formatDateTime } from '@/lib/dates';
import { usePlanDiff } from '../api/get-plan-diff';
import { usePlanVersion } from '../api/get-plan-version';
import { usePlanVersions } from '../api/get-plan-versions';
import { PlanDiff } from './PlanDiff';
import { PlanView } from './PlanView';
import { normalise } from './plan-model';

/** Every saved version of the plan: view one, or compare two. */
export function PlanHistory({ certificationId }: { certificationId: number }) {
  const { t, i18n } = useTranslation();
  const versions = usePlanVersions(certificationId);
  const [viewing, setViewing] = useState<number | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const list = versions.data ?? [];
  // Submitting and reviewing record an entry without a new version: several entries may share
  // one version number. Versions newest first, each with its events oldest first.
  const distinct = [...new Set(list.map((v) => v.version))];
  const kindsOf = (version: number) =>
    list
      .filter((v) => v.version === version)
      .reverse()
      .map((v) => t(`plan.history.kinds.${v.kind}`))
      .join(', ');
  const fromValue = from ?? (distinct[1] !== undefined ? String(distinct[1]) : null);
  const toValue = to ?? (distinct[0] !== undefined ? String(distinct[0]) : null);
  const options = distinct.map((version) => ({
    value: String(version),
    label: t('plan.history.option', { version, kind: kindsOf(version) }),
  }));

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="versions-title">
        <Title order={2} size="h3" id="versions-title" mb="sm">
          {t('plan.history.title')}
        </Title>
        {versions.isPending ? (
          <Loading />
        ) : versions.isError ? (
          <ErrorAlert error={versions.error} />
        ) : list.length === 0 ? (
          <Text>{t('plan.history.empty')}</Text>
        ) : (
          <ScrollTable minWidth={560} label={t('plan.history.title')}>
            <Table striped data-testid="plan-versions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('plan.history.version')}</Table.Th>
                  <Table.Th scope="col">{t('plan.history.kind')}</Table.Th>
                  <Table.Th scope="col">{t('plan.history.savedAt')}</Table.Th>
                  <Table.Th scope="col">{t('plan.history.savedBy')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((v, i) => (
                  <Table.Tr key={`${v.version}-${v.kind}-${v.saved_at}`}>
                    <Table.Td>{v.version}</Table.Td>
                    <Table.Td>{t(`plan.history.kinds.${v.kind}`)}</Table.Td>
                    <Table.Td>{formatDateTime(v.saved_at, i18n.language)}</Table.Td>
                    <Table.Td>{v.saved_by_name ?? '–'}</Table.Td>
                    <Table.Td>
                      {/* One button per version, on its newest entry. */}
                      {list.findIndex((x) => x.version === v.version) === i && (
                        <Button
                          size="compact-sm"
                          variant="outline"
                          onClick={() => setViewing(v.version)}
                          aria-label={t('plan.history.viewNamed', { version: v.version })}
                          aria-pressed={viewing === v.version}
                        >
                          {t('plan.history.view')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Paper>

      {viewing !== null && (
        <VersionView
          certificationId={certificationId}
          version={viewing}
          onClose={() => setViewing(null)}
        />
      )}

      {distinct.length > 1 && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="compare-title">
          <Title order={2} size="h3" id="compare-title" mb="sm">
            {t('plan.history.compareTitle')}
          </Title>
          <Group align="flex-end" mb="md" wrap="wrap">
            <NativeSelect
              label={t('plan.history.from')}
              value={fromValue ?? ''}
              onChange={(e) => setFrom(e.currentTarget.value)}
              data={options}
            />
            <NativeSelect
              label={t('plan.history.to')}
              value={toValue ?? ''}
              onChange={(e) => setTo(e.currentTarget.value)}
              data={options}
            />
          </Group>
          <Compare certificationId={certificationId} from={fromValue} to={toValue} />
        </Paper>
      )}
    </Stack>
  );
}

function VersionView({
  certificationId,
  version,
  onClose,
}: {
  certificationId: number;
  version: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const query = usePlanVersion(certificationId, version);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="version-view-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="version-view-title">
          {t('plan.history.versionTitle', { version })}
        </Title>
        <Button variant="default" size="compact-sm" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Stack>
          <Text size="sm">
            {t('plan.history.savedMeta', {
              kind: t(`plan.history.kinds.${query.data.kind}`),
              at: formatDateTime(query.data.saved_at, i18n.language),
              name: query.data.saved_by_name ?? '–',
            })}
          </Text>
          <PlanView content={normalise(query.data.content)} headingLevel={3} />
        </Stack>
      )}
    </Paper>
  );
}

function Compare({
  certificationId,
  from,
  to,
}: {
  certificationId: number;
  from: string | null;
  to: string | null;
}) {
  const { t } = useTranslation();
  const same = from !== null && from === to;
  const diff = usePlanDiff(certificationId, from, to === null ? null : Number(to), !same);
  const fromVersion = usePlanVersion(certificationId, from ? Number(from) : null);
  const toVersion = usePlanVersion(certificationId, to ? Number(to) : null);
  if (same) return <Text>{t('plan.history.sameVersion')}</Text>;
  if (diff.isPending) return <Loading />;
  if (diff.isError) return <ErrorAlert error={diff.error} />;
  return (
    <PlanDiff
      changes={diff.data.changes}
      contents={[toVersion.data?.content, fromVersion.data?.content]}
    />
  );
}
