// Public surface of the auth feature, for routes.
export { AcceptInvitationForm } from './components/AcceptInvitationForm';
export { ForgotPasswordForm } from './components/ForgotPasswordForm';
export { LoginForm } from './components/LoginForm';
export { ResetPasswordForm } from './components/ResetPasswordForm';
