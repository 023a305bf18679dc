import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ScrollTable } from '@/components/ScrollTable';
import { AGENDA_KINDS, type AgendaItem, type AgendaKind } from '../api/types';
import classes from './training.module.css';

export function totalMinutes(items: readonly AgendaItem[]): number {
  return items.reduce((sum, i) => sum + (Number(i.duration_minutes) || 0), 0);
}

/** Moves item `index` by `delta` places (no-op at the ends). */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(index, 1);
  out.splice(target, 0, item as T);
  return out;
}

function duration(t: TFunction, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('agenda.minutes', { count: m });
  return m === 0 ? t('agenda.hours', { count: h }) : t('agenda.hoursMinutes', { h, m });
}

/** One moment's agenda: read-only, or an editor (add, remove, reorder, save). */
export function AgendaMoment({
  moment,
  items,
  editable,
  saving,
  error,
  onSave,
}: {
  moment: number;
  items: readonly AgendaItem[];
  editable: boolean;
  saving: boolean;
  error: unknown;
  onSave: (items: AgendaItem[]) => void;
}) {
  const { t } = useTranslation();
  const titleId = `agenda-moment-${moment}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h3" id={titleId}>
          {t('agenda.moment', { moment })}
        </Title>
        <Text size="sm">{t('agenda.total', { duration: duration(t, totalMinutes(items)) })}</Text>
      </Group>
      {editable ? (
        <AgendaEditor
          key={JSON.stringify(items)}
          moment={moment}
          items={items}
          saving={saving}
          error={error}
          onSave={onSave}
        />
      ) : items.length === 0 ? (
        <Text>{t('agenda.empty')}</Text>
      ) : (
        <ScrollTable minWidth={420} label={t('agenda.moment', { moment })}>
          <Table striped data-testid={`agenda-${moment}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agenda.fields.kind')}</Table.Th>
                <Table.Th scope="col">{t('agenda.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('agenda.fields.duration')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: agenda items have no ids
                <Table.Tr key={i}>
                  <Table.Td>{t(`agenda.kinds.${item.kind}`)}</Table.Td>
                  <Table.Td>{item.title}</Table.Td>
                  <Table.Td>{duration(t, item.duration_minutes)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}

interface Row extends Omit<AgendaItem, 'duration_minutes'> {
  key: number;
  duration_minutes: number | string;
}

let rowKeys = 0;
const toRow = (item: AgendaItem): Row => ({ ...item, key: ++rowKeys });

export function AgendaEditor({
  moment,
  items,
  saving,
  error,
  onSave,
}: {
  moment: number;
  items: readonly AgendaItem[];
  saving: boolean;
  error: unknown;
  onSave: (items: AgendaItem[]) => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => items.map(toRow));
  const [invalid, setInvalid] = useState(false);
  const clean = (rs: Row[]): AgendaItem[] =>
    rs.map(({ kind, title, duration_minutes }) => ({
      kind,
      title: title.trim(),
      duration_minutes: Number(duration_minutes),
    }));
  const dirty = JSON.stringify(clean(rows)) !== JSON.stringify(items);
  const update = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const rowInvalid = (r: Row) =>
    !r.title.trim() ||
    !Number.isInteger(Number(r.duration_minutes)) ||
    Number(r.duration_minutes) <= 0;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (rows.some(rowInvalid)) {
          setInvalid(true);
          return;
        }
        setInvalid(false);
        onSave(clean(rows));
      }}
    >
      <Stack gap="sm">
        <ErrorAlert error={error} />
        {rows.length === 0 && <Text>{t('agenda.empty')}</Text>}
        <ol className={classes.agendaList}>
          {rows.map((r, i) => {
            const n = i + 1;
            return (
              <li key={r.key}>
                <fieldset className={classes.agendaRow}>
                  <legend className={classes.agendaLegend}>{t('agenda.item', { n })}</legend>
                  <Group align="flex-end" gap="xs" wrap="wrap">
                    <NativeSelect
                      label={t('agenda.fields.kind')}
                      value={r.kind}
                      onChange={(e) => update(r.key, { kind: e.currentTarget.value as AgendaKind })}
                      data={AGENDA_KINDS.map((k) => ({ value: k, label: t(`agenda.kinds.${k}`) }))}
                      w={150}
                    />
                    <TextInput
                      label={t('agenda.fields.title')}
                      value={r.title}
                      onChange={(e) => update(r.key, { title: e.currentTarget.value })}
                      error={invalid && !r.title.trim() ? t('validation.required') : undefined}
                      className={classes.grow}
                      required
                    />
                    <NumberInput
                      label={t('agenda.fields.minutes')}
                      value={r.duration_minutes}
                      onChange={(v) => update(r.key, { duration_minutes: v })}
                      min={1}
                      max={480}
                      allowDecimal={false}
                      allowNegative={false}
                      error={
                        invalid && !(Number(r.duration_minutes) > 0)
                          ? t('agenda.durationInvalid')
                          : undefined
                      }
                      w={110}
                      required
                    />
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="outline"
                        size="lg"
                        onClick={() => setRows((rs) => moveItem(rs, i, -1))}
                        disabled={i === 0}
                        aria-label={t('agenda.moveUp', { n })}
                      >
                        <span aria-hidden>↑</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="outline"
                        size="lg"
                        onClick={() => setRows((rs) => moveItem(rs, i, 1))}
                        disabled={i === rows.length - 1}
                        aria-label={t('agenda.moveDown', { n })}
                      >
                        <span aria-hidden>↓</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="outline"
                        color="red.9"
                        size="lg"
                        onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                        aria-label={t('agenda.remove', { n })}
                      >
                        <span aria-hidden>×</span>
                      </ActionIcon>
                    </Group>
                  </Group>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Group justify="space-between" wrap="wrap">
          <Button
            variant="outline"
            onClick={() =>
              setRows((rs) => [...rs, toRow({ kind: 'lecture', title: '', duration_minutes: 30 })])
            }
          >
            {t('agenda.add')}
          </Button>
          <Group gap="xs">
            <Button
              variant="default"
              disabled={!dirty}
              onClick={() => {
                setRows(items.map(toRow));
                setInvalid(false);
              }}
            >
              {t('agenda.reset')}
            </Button>
            <Button
              type="submit"
              disabled={!dirty}
              loading={saving}
              aria-label={t('agenda.saveMoment', { moment })}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
