"""The errors services raise; the UI shows each in plain words."""

from __future__ import annotations

from typing import Any

from app.domain import messages as m
from app.domain.messages import Text
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
    """Base of the errors a user can do something about.

    Raised with a catalog :class:`~app.domain.messages.Text` as its first
    argument, ``str()`` is the English and :meth:`text` the words in the
    console's language; raised with plain text, both are that text.
    """

    @property
    def said(self) -> Text | None:
        return self.args[0] if self.args and isinstance(self.args[0], Text) else None

    def __str__(self) -> str:
        said = self.said
        return str(said) if said is not None else super().__str__()

    def text(self, lang: str) -> str:
        """What went wrong, in ``lang`` ("en" or "zh")."""
        said = self.said
        return said.text(lang) if said is not None else str(self)


class NotFoundError(ServiceError, LookupError):
    def __init__(self, what: str, key: object):
        self.what = what
        self.key = key
        super().__init__(m.NOT_FOUND(what=what, value=key))


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
            m.CHANGED_BY_OTHERS(
                what=what, id=row_id, expected=expected_version, stored=stored_version
            )
        )


class LockedError(ServiceError):
    """The row may not change any more, e.g. a signed review."""


class DeleteRefusedError(ServiceError):
    """A row others still refer to may not be deleted; the message names the referrers.

    ``referrers`` maps what refers to the row (``"reps"``, ``"reviews"``…) to how
    many do, so a caller can show or test the parts; ``str()`` (and ``message``)
    is the English sentence, e.g. "Region EMEA is used by 12 reps and 1
    manager", :meth:`text` the sentence in either language.
    """

    def __init__(self, message: Text | str, referrers: dict[str, int] | None = None) -> None:
        super().__init__(message, referrers)
        self.message = str(message)
        self.referrers = dict(referrers or {})
