import {
  Anchor,
  Button,
  CopyButton,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveRoom } from '../api/types';
import classes from './live.module.css';
import { projectorPath, qrPath } from './room-paths';

/** How participants join: the room's code, its address (to copy), the QR code and the projector. */
export function JoinPanel({ room }: { room: LiveRoom }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="join-title">
      <Title order={2} size="h3" id="join-title" mb="sm">
        {t('live.room.joinTitle')}
      </Title>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Stack gap={6} style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Text size="sm" fw={600} id="join-code-label">
            {t('live.room.code')}
          </Text>
          <Text className={classes.code} aria-labelledby="join-code-label" data-testid="join-code">
            {room.join_code}
          </Text>
          <Text size="sm" fw={600} mt="xs">
            {t('live.room.address')}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Anchor href={room.join_url} className={classes.url} data-testid="join-url">
              {room.join_url}
            </Anchor>
            <CopyButton value={room.join_url}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="default" onClick={copy}>
                  {copied ? t('live.room.copied') : t('live.room.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Anchor
            href={projectorPath(room.id)}
            target="_blank"
            rel="noopener"
            mt="sm"
            fw={600}
            data-testid="projector-link"
          >
            {t('live.room.openProjector')}
            <VisuallyHidden> {t('live.room.newTab')}</VisuallyHidden>
          </Anchor>
        </Stack>
        <img
          className={classes.qr}
          src={qrPath(room.id)}
          alt={t('live.room.qrAlt', { code: room.join_code })}
          width={160}
          height={160}
        />
      </Group>
    </Paper>
  );
}
