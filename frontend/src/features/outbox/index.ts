// Public surface of the outbox feature (the admin's mail queue), for routes.
export { OutboxAdmin } from './components/OutboxAdmin';
