import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EMAIL_RE, ORG_NUMBER_RE } from '@/lib/form';
import { SECTORS, type Sector } from '../api/types';

export interface OrganisationFormValues {
  name: string;
  org_number: string;
  sector: Sector;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
}

export const emptyOrganisation: OrganisationFormValues = {
  name: '',
  org_number: '',
  sector: 'municipality',
  contact_name: '',
  contact_email: '',
  contact_phone: '',
};

export const organisationValidation = (t: TFunction) => ({
  name: (v: string) => (v.trim() ? null : t('validation.required')),
  org_number: (v: string) =>
    ORG_NUMBER_RE.test(v.trim()) ? null : t('errors.invalid_organisation_number'),
  contact_name: (v: string) => (v.trim() ? null : t('validation.required')),
  contact_email: (v: string) => (EMAIL_RE.test(v.trim()) ? null : t('validation.email')),
});

export function toPayload(values: OrganisationFormValues) {
  return {
    name: values.name.trim(),
    org_number: values.org_number.trim(),
    sector: values.sector,
    contact_name: values.contact_name.trim(),
    contact_email: values.contact_email.trim(),
    contact_phone: values.contact_phone.trim() || null,
  };
}

/** The fields of an organisation, shared by the create and edit forms. */
export function OrganisationFields({ form }: { form: UseFormReturnType<OrganisationFormValues> }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('organisations.fields.name')}
        required
        autoComplete="organization"
        {...form.getInputProps('name')}
      />
      <TextInput
        label={t('organisations.fields.orgNumber')}
        description={t('organisations.fields.orgNumberHint')}
        required
        inputMode="numeric"
        {...form.getInputProps('org_number')}
      />
      <NativeSelect
        label={t('organisations.fields.sector')}
        required
        data={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
        {...form.getInputProps('sector')}
      />
      <TextInput
        label={t('organisations.fields.contactName')}
        required
        autoComplete="name"
        {...form.getInputProps('contact_name')}
      />
      <TextInput
        label={t('organisations.fields.contactEmail')}
        type="email"
        required
        autoComplete="email"
        {...form.getInputProps('contact_email')}
      />
      <TextInput
        label={t('organisations.fields.contactPhone')}
        type="tel"
        autoComplete="tel"
        {...form.getInputProps('contact_phone')}
      />
    </SimpleGrid>
  );
}
