"""No participant's address in the logs: uvicorn's access log line for the participant paths
is written with "-" in place of the client address (the log of staff requests keeps it)."""

from __future__ import annotations

import logging

PARTICIPANT_PATHS = ("/api/v1/participate/", "/api/v1/evaluations/", "/delta")


class HideParticipantAddresses(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        # uvicorn.access: (client_addr, method, full_path, http_version, status_code)
        if (
            isinstance(args, tuple)
            and len(args) == 5
            and str(args[2]).startswith(PARTICIPANT_PATHS)
        ):
            record.args = ("-", *args[1:])
        return True


def install() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, HideParticipantAddresses) for f in access.filters):
        access.addFilter(HideParticipantAddresses())
