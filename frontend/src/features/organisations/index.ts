// Public surface of the organisations feature, for routes.
export { organisationQueryOptions, useOrganisation } from './api/get-organisation';
export type { Organisation } from './api/types';
export { CreateOrganisationForm } from './components/CreateOrganisationForm';
export { MembersSection } from './components/MembersSection';
export { OrganisationDetails } from './components/OrganisationDetails';
export { OrganisationsList } from './components/OrganisationsList';
