// Public surface of the notifications feature (bell, list), for routes.
export { NotificationBell } from './components/NotificationBell';
export { NotificationsList } from './components/NotificationsList';
