from __future__ import annotations

from backend.core.errors import Conflict


class EmailTaken(Conflict):
    code = "email_taken"
    message = "An account with this email address already exists."


class InvalidRoleChange(Conflict):
    status_code = 400
    code = "invalid_role_change"
    message = "Staff roles and working-group membership cannot be swapped; invite a new account."


class CannotChangeOwnAccount(Conflict):
    code = "cannot_change_own_account"
    message = "You cannot change your own role or deactivate yourself."
