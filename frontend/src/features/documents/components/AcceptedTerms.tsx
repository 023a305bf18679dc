import {
  Button,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ScrollTable } from '@/components/ScrollTable';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { formatDate } from '@/lib/dates';
import { fieldErrors } from '@/lib/errors';
import { notify } from '@/lib/notify';
import { useAddAcceptedTerm } from '../api/add-accepted-term';
import { useRemoveAcceptedTerm } from '../api/remove-accepted-term';
import type { AcceptedTerm, LanguageSettings } from '../api/types';
import classes from './documents.module.css';
import { allows } from './labels';

/**
 * The terms the organisation keeps, with the reason for each: listed for everyone who sees the
 * documents; added and removed (after a confirmation) with `manage_settings`.
 */
export function AcceptedTerms({
  organisationId,
  settings,
}: {
  organisationId: number;
  settings: LanguageSettings;
}) {
  const { t, i18n } = useTranslation();
  const editable = allows(settings.allowed_actions, 'manage_settings');
  const [removing, setRemoving] = useState<AcceptedTerm | null>(null);
  const terms = settings.accepted_terms;
  return (
    <section aria-labelledby="accepted-terms-title">
      <Title order={3} size="h4" id="accepted-terms-title" mb="xs">
        {t('documents.settings.terms')}
      </Title>
      {terms.length === 0 ? (
        <Text size="sm" data-testid="no-accepted-terms">
          {t('documents.settings.noTerms')}
        </Text>
      ) : (
        <ScrollTable minWidth={420} label={t('documents.settings.terms')}>
          <Table striped data-testid="accepted-terms">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('documents.settings.term')}</Table.Th>
                <Table.Th scope="col">{t('documents.settings.reason')}</Table.Th>
                <Table.Th scope="col">{t('documents.settings.addedAt')}</Table.Th>
                {editable && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {terms.map((term) => (
                <Table.Tr key={term.id}>
                  <Table.Th scope="row" fw={500} lang="sv" className={classes.wrap}>
                    {term.term}
                  </Table.Th>
                  <Table.Td className={classes.preWrap}>{term.reason}</Table.Td>
                  <Table.Td>{formatDate(term.created_at.slice(0, 10), i18n.language)}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="outline"
                        color="red.9"
                        onClick={() => setRemoving(term)}
                        aria-label={t('documents.settings.removeNamed', { term: term.term })}
                      >
                        {t('documents.settings.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {editable && <AddTerm organisationId={organisationId} />}
      <RemoveTerm
        organisationId={organisationId}
        term={removing}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}

function AddTerm({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation();
  const add = useAddAcceptedTerm(organisationId);
  const [term, setTerm] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<{ term?: boolean; reason?: boolean }>({});
  const server = fieldErrors(t, add.error);
  return (
    <form
      noValidate
      aria-labelledby="add-term-title"
      onSubmit={(e) => {
        e.preventDefault();
        const next = { term: !term.trim(), reason: !reason.trim() };
        setMissing(next);
        if (next.term || next.reason) return;
        add.mutate(
          { term: term.trim(), reason: reason.trim() },
          {
            onSuccess: (created) => {
              notify(t('documents.settings.added', { term: created.term }));
              setTerm('');
              setReason('');
            },
          },
        );
      }}
    >
      <Stack gap="xs" mt="md">
        <Title order={4} size="h5" id="add-term-title">
          {t('documents.settings.add')}
        </Title>
        <TextInput
          label={t('documents.settings.term')}
          required
          maxLength={200}
          value={term}
          error={missing.term ? t('documents.settings.termRequired') : server.term}
          onChange={(e) => {
            setTerm(e.currentTarget.value);
            setMissing((m) => ({ ...m, term: false }));
          }}
        />
        <Textarea
          label={t('documents.settings.reason')}
          description={t('documents.settings.reasonHint')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          error={missing.reason ? t('documents.settings.reasonRequired') : server.reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing((m) => ({ ...m, reason: false }));
          }}
        />
        <ErrorAlert error={add.error} />
        <Group>
          <Button type="submit" variant="outline" loading={add.isPending}>
            {t('documents.settings.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RemoveTerm({
  organisationId,
  term,
  onClose,
}: {
  organisationId: number;
  term: AcceptedTerm | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useConfirmAction(useRemoveAcceptedTerm(organisationId), onClose);
  return (
    <ConfirmDialog
      opened={term !== null}
      title={t('documents.settings.removeTitle')}
      confirmLabel={t('documents.settings.remove')}
      danger
      {...remove.dialogProps}
      onConfirm={() =>
        term &&
        remove.confirm(term.id, () => notify(t('documents.settings.removed', { term: term.term })))
      }
    >
      {term ? t('documents.settings.removeConfirm', { term: term.term }) : ''}
    </ConfirmDialog>
  );
}
