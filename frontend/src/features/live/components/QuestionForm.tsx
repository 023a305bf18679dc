import {
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PURPOSES, QUESTION_KINDS, type QuestionKind, type QuestionPurpose } from '../api/types';
import { LiveErrorAlert } from './LiveErrorAlert';
import { kindLabel, purposeLabel } from './labels';
import { formOptions, hasOptionLines, optionsProblem } from './results-model';

export interface QuestionValues {
  kind: QuestionKind;
  prompt: string;
  options: string[];
  purpose: QuestionPurpose;
  /** Exercises belong to a moment (the bank); evaluation questions to none. */
  moment: number | null;
}

interface FormValues {
  kind: QuestionKind;
  prompt: string;
  lines: string;
  scaleLow: string;
  scaleHigh: string;
  purpose: QuestionPurpose;
  moment: string;
}

const ALL_MOMENTS = [1, 2, 3] as const;

/**
 * A question: its kind (fixed once it exists, then only named), prompt and options — one a line
 * for choices, the two end labels for a scale, none for a word cloud or free text. `withPurpose`
 * and `withMoment` add the fields a new room question or bank template needs; `moments` limits the
 * moments offered (a room's exercise belongs to one of the day's moments; the first is the
 * default).
 */
export function QuestionForm({
  initial,
  kindEditable = true,
  withPurpose = false,
  withMoment = false,
  moments = ALL_MOMENTS,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: Partial<QuestionValues>;
  kindEditable?: boolean;
  withPurpose?: boolean;
  withMoment?: boolean;
  moments?: readonly number[];
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: QuestionValues, reset: () => void) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const kind0 = initial?.kind ?? 'single_choice';
  const options0 = initial?.options ?? [];
  const form = useForm<FormValues>({
    initialValues: {
      kind: kind0,
      prompt: initial?.prompt ?? '',
      lines: hasOptionLines(kind0) ? options0.join('\n') : '',
      scaleLow: kind0 === 'scale' ? (options0[0] ?? '') : '',
      scaleHigh: kind0 === 'scale' ? (options0[1] ?? '') : '',
      purpose: initial?.purpose ?? 'exercise',
      moment: String(initial?.moment ?? moments[0] ?? 1),
    },
    validate: {
      prompt: (v) => (v.trim() ? null : t('live.form.promptRequired')),
      lines: (v, values) => {
        if (!hasOptionLines(values.kind)) return null;
        const problem = optionsProblem(values.kind, formOptions(values.kind, v, '', ''));
        return problem ? t(problem) : null;
      },
      scaleHigh: (_v, values) => {
        if (values.kind !== 'scale') return null;
        const options = formOptions('scale', '', values.scaleLow, values.scaleHigh);
        const problem = optionsProblem('scale', options);
        return problem ? t(problem) : null;
      },
    },
  });
  const kind = form.values.kind;

  const submit = form.onSubmit((v) => {
    const purpose = withPurpose ? v.purpose : (initial?.purpose ?? 'exercise');
    onSubmit(
      {
        kind: v.kind,
        prompt: v.prompt.trim(),
        options: formOptions(v.kind, v.lines, v.scaleLow, v.scaleHigh),
        purpose,
        moment: withMoment && purpose === 'exercise' ? Number(v.moment) : null,
      },
      () => form.reset(),
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="sm">
        {!kindEditable && <Text size="sm">{kindLabel(t, kind)}</Text>}
        <LiveErrorAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: withPurpose || withMoment ? 3 : 1 }} spacing="sm">
          {withPurpose && (
            <NativeSelect
              label={t('live.form.purpose')}
              data={PURPOSES.map((p) => ({ value: p, label: purposeLabel(t, p) }))}
              {...form.getInputProps('purpose')}
            />
          )}
          {withMoment && form.values.purpose === 'exercise' && (
            <NativeSelect
              label={t('live.form.moment')}
              data={moments.map((m) => ({
                value: String(m),
                label: t('results.momentN', { n: m }),
              }))}
              {...form.getInputProps('moment')}
            />
          )}
          {kindEditable && (
            <NativeSelect
              label={t('live.form.kind')}
              data={QUESTION_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
              {...form.getInputProps('kind')}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('live.form.prompt')}
          required
          autosize
          minRows={2}
          maxLength={500}
          {...form.getInputProps('prompt')}
        />
        {hasOptionLines(kind) && (
          <Textarea
            label={t('live.form.options')}
            description={t('live.form.optionsHint')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('lines')}
          />
        )}
        {kind === 'scale' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('live.form.scaleLow')}
              description={t('live.form.scaleHint')}
              maxLength={120}
              {...form.getInputProps('scaleLow')}
            />
            <TextInput
              label={t('live.form.scaleHigh')}
              maxLength={120}
              {...form.getInputProps('scaleHigh')}
            />
          </SimpleGrid>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
