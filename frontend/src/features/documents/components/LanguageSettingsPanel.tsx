import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxFieldset } from '@/components/CheckboxFieldset';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { notify } from '@/lib/notify';
import { useLanguageSettings } from '../api/get-language-settings';
import { useSaveLanguageSettings } from '../api/save-language-settings';
import type { LanguageSettings } from '../api/types';
import { AcceptedTerms } from './AcceptedTerms';
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
          <AcceptedTerms organisationId={organisationId} settings={settings.data} />
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
