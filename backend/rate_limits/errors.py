from __future__ import annotations

from backend.core.errors import AppError, MessageDetail


class RateLimitedDetail(MessageDetail):
    retry_after: int  # seconds, as in the Retry-After header


class RateLimited(AppError):
    """429 with `Retry-After` (seconds) and the same number in `detail.retry_after`."""

    status_code = 429
    code = "rate_limited"
    message = "Too many writes in a short time. Wait a moment and try again."
    detail_model = RateLimitedDetail

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            {"message": self.message, "retry_after": retry_after},
            headers={"Retry-After": str(retry_after)},
        )
