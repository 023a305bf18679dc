// Public surface of the re-certification feature (auditor lists, reviews), for routes.
export { useReview } from './api/get-review';
export type { Review } from './api/types';
export { RecertificationLists } from './components/RecertificationLists';
export { ReviewDetails } from './components/ReviewDetails';
