from __future__ import annotations

from backend.core.errors import Conflict, NotFound


class InvitationInvalid(NotFound):
    code = "invitation_invalid"
    message = "The invitation link is unknown, already used or expired."


class ResetTokenInvalid(NotFound):
    code = "reset_token_invalid"
    message = "The reset link is unknown, already used or expired."


class WrongPassword(Conflict):
    status_code = 400
    code = "wrong_password"
    message = "The current password is wrong."


class PasswordUnchanged(Conflict):
    status_code = 400
    code = "password_unchanged"
    message = "The new password must differ from the current one."
