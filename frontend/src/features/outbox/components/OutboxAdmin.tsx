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
import { PageNav } from '@/components/PageNav';
import { ScrollTable } from '@/components/ScrollTable';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDateTime } from '@/lib/dates';
import { errorMessage } from '@/lib/errors';
import { notify } from '@/lib/notify';
import { OUTBOX_PAGE_SIZE, useOutbox } from '../api/get-outbox';
import { useRetryMail } from '../api/retry-mail';
import type { OutboxRow, OutboxStatus } from '../api/types';

const STATUSES: OutboxStatus[] = ['failed', 'pending'];

/**
 * The admin's mail queue: mail not sent yet, with the reason of its last failure. A failed mail
 * (refused for good, or given up after many attempts) waits here until the admin retries it.
 */
export function OutboxAdmin() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [page, setPage] = useState(1);
  const outbox = useOutbox({ status: status || undefined, page });
  const pages = outbox.data
    ? Math.max(1, Math.ceil(outbox.data.total / (outbox.data.page_size || OUTBOX_PAGE_SIZE)))
    : 1;

  return (
    <Stack gap="lg">
      <Text>{t('outbox.intro')}</Text>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="outbox-list-title">
        <Title order={2} size="h3" id="outbox-list-title" mb="sm">
          {t('outbox.list.title')}
        </Title>
        <Group align="flex-end" mb="md" wrap="wrap">
          <NativeSelect
            label={t('outbox.list.filterStatus')}
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as OutboxStatus | '');
              setPage(1);
            }}
            data={[
              { value: '', label: t('outbox.list.allUnsent') },
              ...STATUSES.map((s) => ({ value: s, label: t(`outbox.statusPlural.${s}`) })),
            ]}
          />
          <Button
            variant="default"
            onClick={() => void outbox.refetch()}
            loading={outbox.isFetching && !outbox.isPending}
          >
            {t('outbox.list.refresh')}
          </Button>
        </Group>
        {outbox.isPending ? (
          <Loading />
        ) : outbox.isError ? (
          <ErrorAlert error={outbox.error} />
        ) : outbox.data.items.length === 0 ? (
          <Text>{t(status ? `outbox.list.none.${status}` : 'outbox.list.none.all')}</Text>
        ) : (
          <>
            <Text size="sm" mb="xs" aria-live="polite">
              {t('outbox.list.count', { count: outbox.data.total })}
            </Text>
            <ScrollTable minWidth={880} label={t('outbox.list.title')}>
              <Table striped data-testid="outbox-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('outbox.fields.recipient')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.fields.subject')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.fields.status')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.fields.attempts')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.fields.lastAttempt')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.fields.reason')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {outbox.data.items.map((m) => (
                    <OutboxTableRow key={m.id} message={m} />
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <PageNav pages={pages} page={page} onChange={setPage} />
          </>
        )}
      </Paper>
    </Stack>
  );
}

function OutboxTableRow({ message }: { message: OutboxRow }) {
  const { t, i18n } = useTranslation();
  const retry = useRetryMail();
  const failed = message.status === 'failed';

  return (
    <Table.Tr>
      <Table.Td>
        {message.to_name && <Text size="sm">{message.to_name}</Text>}
        <Text
          size="sm"
          c={message.to_name ? 'dimmed' : undefined}
          style={{ wordBreak: 'break-all' }}
        >
          {message.to_address}
        </Text>
      </Table.Td>
      <Table.Td>{message.subject}</Table.Td>
      <Table.Td>
        <StatusBadge tone={failed ? 'red' : 'blue'} label={t(`outbox.status.${message.status}`)} />
        {!failed && message.next_attempt_at && (
          <Text size="xs" mt={4}>
            {t('outbox.nextAttempt', {
              at: formatDateTime(message.next_attempt_at, i18n.language),
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{message.attempts}</Table.Td>
      <Table.Td>{formatDateTime(message.last_attempt_at, i18n.language)}</Table.Td>
      <Table.Td style={{ maxWidth: '20rem', overflowWrap: 'anywhere' }}>
        {message.last_error ?? '–'}
      </Table.Td>
      <Table.Td>
        {failed && (
          <Button
            size="compact-sm"
            variant="outline"
            loading={retry.isPending}
            aria-label={t('outbox.retryNamed', { address: message.to_address })}
            onClick={() =>
              retry.mutate(message.id, {
                onSuccess: () => notify(t('outbox.retried', { address: message.to_address })),
                onError: (e) => notify(errorMessage(t, e), 'red'),
              })
            }
          >
            {t('outbox.retry')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
