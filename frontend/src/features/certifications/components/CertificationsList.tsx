import { NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CERTIFICATIONS_PAGE_SIZE, useCertifications } from '@/api/get-certifications';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { PageNav } from '@/components/PageNav';
import { ScrollTable } from '@/components/ScrollTable';
import { cycleName } from '@/lib/cycle';
import { CERTIFICATION_STATUSES, type CertificationStatus } from '../api/types';
import { CertificationStatusBadge, momentsText, StageBadge } from './labels';

export interface CertificationsListProps {
  status?: CertificationStatus;
  page: number;
  onChange: (params: { status?: CertificationStatus; page: number }) => void;
}

/** All certifications the user may see, filterable by status. */
export function CertificationsList({ status, page, onChange }: CertificationsListProps) {
  const { t } = useTranslation();
  const query = useCertifications({ status, page });
  const data = query.data;
  const pages = data
    ? Math.max(1, Math.ceil(data.total / (data.page_size || CERTIFICATIONS_PAGE_SIZE)))
    : 1;

  return (
    <>
      <NativeSelect
        label={t('certifications.list.filterStatus')}
        value={status ?? ''}
        onChange={(e) =>
          onChange({
            status: (e.currentTarget.value || undefined) as CertificationStatus | undefined,
            page: 1,
          })
        }
        data={[
          { value: '', label: t('certifications.list.allStatuses') },
          ...CERTIFICATION_STATUSES.map((s) => ({
            value: s,
            label: t(`certifications.status.${s}`),
          })),
        ]}
        maw={320}
        mb="md"
      />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <ScrollTable minWidth={760} label={t('certifications.list.title')}>
            <Table striped highlightOnHover data-testid="certifications-table">
              <Table.Caption>
                {t('certifications.list.caption', { count: data?.total ?? 0 })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('certifications.fields.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('certifications.fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('certifications.fields.stage')}</Table.Th>
                  <Table.Th scope="col">{t('certifications.fields.trainers')}</Table.Th>
                  <Table.Th scope="col">{t('certifications.fields.momentsHeld')}</Table.Th>
                  <Table.Th scope="col">{t('certifications.fields.certificateNumber')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data?.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <AnchorLink
                        to="/certifications/$certificationId"
                        params={{ certificationId: c.id }}
                      >
                        {cycleName(t, c.organisation_name, c.cycle)}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <CertificationStatusBadge t={t} status={c.status} />
                    </Table.Td>
                    <Table.Td>
                      <StageBadge t={t} stage={c.stage} />
                    </Table.Td>
                    <Table.Td>{c.trainers.map((tr) => tr.full_name).join(', ') || '–'}</Table.Td>
                    <Table.Td>{momentsText(t, c.moments_held)}</Table.Td>
                    <Table.Td>{c.certificate_number ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {data?.items.length === 0 && <Text mt="md">{t('certifications.list.empty')}</Text>}
          <PageNav pages={pages} page={page} onChange={(p) => onChange({ status, page: p })} />
        </>
      )}
    </>
  );
}
