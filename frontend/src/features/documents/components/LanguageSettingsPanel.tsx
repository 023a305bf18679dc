import {
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxFieldset } from '@/components/CheckboxFieldset';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { formatDate } from '@/lib/dates';
import { fieldErrors } from '@/lib/errors';
import { notify } from '@/lib/notify';
import {
  useAddAcceptedTerm,
  useLanguageSettings,
  useRemoveAcceptedTerm,
  useSaveLanguageSettings,
} from '../api/documents';
import type { AcceptedTerm, LanguageSettings } from '../api/types';
import classes from './documents.module.css';
import { allows } from './labels';

/**
 * The organisation's choices for the checker: the terms it keeps (with reasons), the non-binary
 * setting, and rule groups turned off (named by the server). They apply to documents uploaded from
 * now on; everyone who sees the documents reads them, `manage_settings` changes them.
 */
export function LanguageSettingsPanel({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation();
  const settings = useLanguageSettings(organisationId);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="language-settings-title"
      data-testid="language-settings"
    >
      <Title order={2} size="h3" id="language-settings-title" mb="xs">
        {t('documents.settings.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('documents.settings.intro')}
      </Text>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} />
      ) : (
        <Stack gap="lg">
          <Choices organisationId={organisationId} settings={settings.data} />
          <Terms organisationId={organisationId} settings={settings.data} />
        </Stack>
      )}
    </Paper>
  );
}

function groupName(settings: LanguageSettings, code: string, language: string): string {
  const names = settings.groups[code];
  return (language === 'en' ? names?.en : names?.sv) ?? names?.sv ?? code;
}

function Choices({
  organisationId,
  settings,
}: {
  organisationId: number;
  settings: LanguageSettings;
}) {
  const { t, i18n } = useTranslation();
  const editable = allows(settings.allowed_actions, 'manage_settings');
  const save = useSaveLanguageSettings(organisationId);
  const [nonBinary, setNonBinary] = useState(settings.non_binary);
  const [disabled, setDisabled] = useState<string[]>(settings.disabled_groups);
  useEffect(() => {
    setNonBinary(settings.non_binary);
    setDisabled(settings.disabled_groups);
  }, [settings.non_binary, settings.disabled_groups]);
  const groups = Object.keys(settings.groups);

  if (!editable) {
    return (
      <Stack gap={4} data-testid="settings-read-only">
        <Text size="sm">
          {t('documents.settings.nonBinary')}{' '}
          <strong>{settings.non_binary ? t('documents.on') : t('documents.off')}</strong>
        </Text>
        <Text size="sm">
          {t('documents.settings.disabledGroups')}:{' '}
          {settings.disabled_groups.length
            ? settings.disabled_groups.map((g) => groupName(settings, g, i18n.language)).join(', ')
            : t('documents.checkSettings.none')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('documents.settings.readOnly')}
        </Text>
      </Stack>
    );
  }
  const changed =
    nonBinary !== settings.non_binary ||
    [...disabled].sort().join() !== [...settings.disabled_groups].sort().join();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { non_binary: nonBinary, disabled_groups: disabled },
          { onSuccess: () => notify(t('documents.settings.saved')) },
        );
      }}
    >
      <Stack gap="sm">
        <Switch
          label={t('documents.settings.nonBinary')}
          description={t('documents.settings.nonBinaryHint')}
          checked={nonBinary}
          onChange={(e) => setNonBinary(e.currentTarget.checked)}
        />
        <CheckboxFieldset
          legend={t('documents.settings.disabledGroups')}
          description={t('documents.settings.disabledHint')}
          options={groups.map((g) => ({ value: g, label: groupName(settings, g, i18n.language) }))}
          value={disabled}
          onChange={setDisabled}
          cols={2}
          testId="disabled-groups"
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!changed}>
            {t('documents.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Terms({
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
