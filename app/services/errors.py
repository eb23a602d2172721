"""The errors services raise; the UI shows each in plain words."""

from __future__ import annotations

from typing import Any

from app.domain.validation import ValidationError

__all__ = [
    "ConflictError",
    "DeleteRefusedError",
    "LockedError",
    "NotFoundError",
    "ServiceError",
    "ValidationError",
]


class ServiceError(Exception):
    """Base of the errors a user can do something about."""


class NotFoundError(ServiceError, LookupError):
    def __init__(self, what: str, key: object):
        self.what = what
        self.key = key
        super().__init__(f"{what} {key!r} was not found")


class ConflictError(ServiceError):
    """Someone else saved the row after this user loaded it.

    ``theirs`` holds the stored values so the UI can offer reload or overwrite.
    """

    def __init__(
        self,
        what: str,
        row_id: int,
        expected_version: int | None,
        stored_version: int | None,
        theirs: dict[str, Any] | None = None,
    ):
        self.what = what
        self.row_id = row_id
        self.expected_version = expected_version
        self.stored_version = stored_version
        self.theirs = theirs or {}
        super().__init__(
            f"{what} {row_id} was changed by someone else "
            f"(you edited version {expected_version}, the stored one is {stored_version})"
        )


class LockedError(ServiceError):
    """The row may not change any more, e.g. a signed review."""


class DeleteRefusedError(ServiceError):
    """A row others still refer to may not be deleted; the message names the referrers.

    ``referrers`` maps what refers to the row (``"reps"``, ``"reviews"``…) to how
    many do, so a caller can show or test the parts; ``str()`` is the sentence,
    e.g. "Region EMEA is used by 12 reps and 1 manager".
    """

    def __init__(self, message: str, referrers: dict[str, int] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.referrers = dict(referrers or {})
