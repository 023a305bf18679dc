from __future__ import annotations

from backend.core.errors import Conflict


class OrganisationNumberTaken(Conflict):
    code = "organisation_number_taken"
    message = "An organisation with this organisation number already exists."


class WorkingGroupFull(Conflict):
    code = "working_group_full"
    message = "The working group already has the largest allowed number of members."


class CannotRemoveSelf(Conflict):
    code = "cannot_remove_self"
    message = "You cannot remove yourself from the working group."
