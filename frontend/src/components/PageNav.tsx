import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page links under a paged list, with spoken labels; nothing when everything fits on one page. */
export function PageNav({
  pages,
  page,
  onChange,
  mt = 'md',
}: {
  pages: number;
  page: number;
  onChange: (page: number) => void;
  mt?: string | number;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <Group justify="center" mt={mt}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
        getItemProps={(p) => ({ 'aria-label': t('pagination.page', { page: p }) })}
      />
    </Group>
  );
}
