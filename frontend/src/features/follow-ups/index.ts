// Public surface of the follow-ups feature (6- and 18-month follow-ups), for routes.
export { useFollowUp } from './api/get-follow-up';
export type { FollowUp, FollowUpSummary } from './api/types';
export { FollowUpDetails } from './components/FollowUpDetails';
export { FollowUpsToReview, OverdueFollowUps } from './components/FollowUpsDashboards';
export { FollowUpsSection } from './components/FollowUpsSection';
export { kindLabel } from './components/labels';
