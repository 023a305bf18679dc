// Public surface of the profile feature, for routes.
export { ChangePasswordForm } from './components/ChangePasswordForm';
export { ProfileForm } from './components/ProfileForm';
