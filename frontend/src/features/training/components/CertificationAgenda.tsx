import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { notify } from '@/lib/notify';
import { useAgenda } from '../api/get-agenda';
import { useAgendaTemplates } from '../api/get-agenda-templates';
import { type Agenda, type AgendaItem, MOMENTS } from '../api/types';
import { useUpdateAgenda } from '../api/update-agenda';
import { useUpdateAgendaTemplate } from '../api/update-agenda-template';
import { AgendaMoment } from './AgendaEditor';

function AgendaMoments({
  agenda,
  editable,
  save,
}: {
  agenda: Agenda;
  editable: boolean;
  save: (moment: number, items: AgendaItem[], done: (error?: unknown) => void) => void;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<number, unknown>>({});
  return (
    <Stack gap="lg">
      {MOMENTS.map((m) => (
        <AgendaMoment
          key={m}
          moment={m}
          items={agenda[String(m)] ?? []}
          editable={editable}
          saving={saving === m}
          error={errors[m]}
          onSave={(items) => {
            setSaving(m);
            setErrors((e) => ({ ...e, [m]: null }));
            save(m, items, (error) => {
              setSaving(null);
              if (error) setErrors((e) => ({ ...e, [m]: error }));
              else notify(t('agenda.saved', { moment: m }));
            });
          }}
        />
      ))}
    </Stack>
  );
}

/** The agenda of one certification, per moment; the assigned trainers (and admins) edit it. */
export function CertificationAgenda({
  certificationId,
  editable,
}: {
  certificationId: number;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const agenda = useAgenda(certificationId);
  const update = useUpdateAgenda(certificationId);
  if (agenda.isPending) return <Loading />;
  if (agenda.isError) return <ErrorAlert error={agenda.error} />;
  return (
    <Stack gap="md">
      <Text>{editable ? t('agenda.introEditable') : t('agenda.intro')}</Text>
      <AgendaMoments
        agenda={agenda.data}
        editable={editable}
        save={(moment, items, done) =>
          update.mutate({ moment, items }, { onSuccess: () => done(), onError: done })
        }
      />
    </Stack>
  );
}

/** Admin: the default agenda per moment, copied into every new certification. */
export function AgendaTemplates() {
  const { t } = useTranslation();
  const templates = useAgendaTemplates();
  const update = useUpdateAgendaTemplate();
  if (templates.isPending) return <Loading />;
  if (templates.isError) return <ErrorAlert error={templates.error} />;
  return (
    <Stack gap="md">
      <Text>{t('agenda.templatesIntro')}</Text>
      <AgendaMoments
        agenda={templates.data}
        editable
        save={(moment, items, done) =>
          update.mutate({ moment, items }, { onSuccess: () => done(), onError: done })
        }
      />
    </Stack>
  );
}
