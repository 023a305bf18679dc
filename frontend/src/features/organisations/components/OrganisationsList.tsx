import { Group, Pagination, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATIONS_PAGE_SIZE, useOrganisations } from '@/api/get-organisations';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { sectorLabel } from './SectorLabel';

export interface OrganisationsListProps {
  q: string;
  page: number;
  onChange: (params: { q: string; page: number }) => void;
}

export function OrganisationsList({ q, page, onChange }: OrganisationsListProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(q);
  const query = useOrganisations({ q, page });
  const commit = useDebouncedCallback((value: string) => onChange({ q: value, page: 1 }), 300);

  const data = query.data;
  const pages = data
    ? Math.max(1, Math.ceil(data.total / (data.page_size || ORGANISATIONS_PAGE_SIZE)))
    : 1;

  return (
    <>
      <TextInput
        type="search"
        label={t('organisations.list.search')}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          commit(e.currentTarget.value);
        }}
        maw={400}
        mb="md"
      />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <ScrollTable minWidth={560} label={t('organisations.list.title')}>
            <Table striped highlightOnHover data-testid="organisations-table">
              <Table.Caption>
                {t('organisations.list.caption', { count: data?.total ?? 0 })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('organisations.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('organisations.fields.orgNumber')}</Table.Th>
                  <Table.Th scope="col">{t('organisations.fields.sector')}</Table.Th>
                  <Table.Th scope="col">{t('organisations.fields.members')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data?.items.map((org) => (
                  <Table.Tr key={org.id}>
                    <Table.Td>
                      <AnchorLink
                        to="/organisations/$organisationId"
                        params={{ organisationId: org.id }}
                      >
                        {org.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{org.org_number}</Table.Td>
                    <Table.Td>{sectorLabel(t, org.sector)}</Table.Td>
                    <Table.Td>{org.member_count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {data?.items.length === 0 && <Text mt="md">{t('organisations.list.empty')}</Text>}
          {pages > 1 && (
            <Group justify="center" mt="md">
              <Pagination
                total={pages}
                value={page}
                onChange={(p) => onChange({ q, page: p })}
                getControlProps={(control) => ({
                  'aria-label': t(`pagination.${control}`),
                })}
                getItemProps={(p) => ({ 'aria-label': t('pagination.page', { page: p }) })}
              />
            </Group>
          )}
        </>
      )}
    </>
  );
}
