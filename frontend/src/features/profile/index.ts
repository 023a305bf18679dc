// Public surface of the profile feature, for routes.
export { ChangePasswordForm } from './components/ChangePasswordForm';
export { NotificationSettings } from './components/NotificationSettings';
export { ProfileForm } from './components/ProfileForm';
