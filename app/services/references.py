"""Who refers to a region, a manager or a course: counted before a delete is allowed.

Deleting a row that others refer to is refused with a message naming them
(:class:`DeleteRefusedError`); the database's foreign keys would either refuse
with an unreadable error or, worse, cascade (a region's review cycles, risks and
compliance items) or quietly unlink (a manager's reps). The counts are read
here, in the same transaction as the delete.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.compliance import ComplianceItem
from app.db.one_on_ones import OneOnOne
from app.db.org import Manager, Rep
from app.db.reviews import DevelopmentGoal, Review, ReviewCycle
from app.db.risks import Risk
from app.db.training import TrainingAssignment
from app.domain import messages as m
from app.domain.messages import Text
from app.services.errors import DeleteRefusedError

#: Singular and plural of each kind of referrer, as the messages say them.
NOUNS: dict[str, tuple[str, str]] = {
    "reps": ("rep", "reps"),
    "managers": ("manager", "managers"),
    "review_cycles": ("review cycle", "review cycles"),
    "risks": ("risk", "risks"),
    "compliance_items": ("compliance item", "compliance items"),
    "reviews": ("review (as reviewer)", "reviews (as reviewer)"),
    "one_on_ones": ("one-on-one (as owner)", "one-on-ones (as owner)"),
    "development_goals": ("development goal", "development goals"),
    "actuals": ("actual", "actuals"),
}


def _count(session: Session, column: Any, value: Any) -> int:
    return int(session.scalar(select(func.count()).where(column == value)) or 0)


def counted(count: int, key: str) -> Text:
    """``"12 reps"``, ``"1 manager"`` (``"12 名销售人员"``)."""
    singular, plural = NOUNS[key]
    return m.COUNTED(count=count, noun=singular if count == 1 else plural)


def joined(parts: Iterable[Text]) -> Text | str:
    """``"a, b and c"`` (``"a、b和c"``)."""
    items = list(parts)
    if len(items) < 2:
        return items[0] if items else ""
    return m.AND(first=tuple(items[:-1]), second=items[-1])


def region_referrers(session: Session, region_id: int) -> dict[str, int]:
    """The rows naming region ``region_id``, by kind (kinds with none left out)."""
    counts = {
        "reps": _count(session, Rep.region_id, region_id),
        "managers": _count(session, Manager.region_id, region_id),
        "review_cycles": _count(session, ReviewCycle.region_id, region_id),
        "risks": _count(session, Risk.region_id, region_id),
        "compliance_items": _count(session, ComplianceItem.region_id, region_id),
    }
    return {key: n for key, n in counts.items() if n}


def manager_referrers(session: Session, manager_id: int) -> dict[str, int]:
    """The reps they lead, the reviews they write and the one-on-ones they own."""
    counts = {
        "reps": _count(session, Rep.manager_id, manager_id),
        "reviews": _count(session, Review.reviewer_id, manager_id),
        "one_on_ones": _count(session, OneOnOne.manager_id, manager_id),
    }
    return {key: n for key, n in counts.items() if n}


def course_referrers(session: Session, course_id: int) -> dict[str, int]:
    """Assignments of the course and development goals linking to it."""
    counts = {
        "assignments": _count(session, TrainingAssignment.course_id, course_id),
        "development_goals": _count(session, DevelopmentGoal.course_id, course_id),
    }
    return {key: n for key, n in counts.items() if n}


def refuse_if_used(
    what: str, name: str, referrers: dict[str, int], verb: m.Message = m.USED_BY
) -> None:
    """Raise :class:`DeleteRefusedError` when anything refers to the row.

    ``"Region EMEA is used by 12 reps and 1 manager"``; a course (``verb``
    :data:`~app.domain.messages.LINKED_FROM`) says "Course X is assigned 3 times
    and linked from 2 development goals".
    """
    if not referrers:
        return
    parts: list[Text] = []
    if "assignments" in referrers:
        n = referrers["assignments"]
        parts.append(m.ASSIGNED(count=n, noun="time" if n == 1 else "times"))
    others = [counted(n, key) for key, n in referrers.items() if key != "assignments"]
    if others:
        parts.append(verb(referrers=joined(others)))
    said = parts[0] if len(parts) == 1 else m.AND_ALSO(first=parts[0], second=parts[1])
    raise DeleteRefusedError(m.DELETE_REFUSED(what=what, name=name, parts=said), referrers)


__all__ = [
    "counted",
    "course_referrers",
    "joined",
    "manager_referrers",
    "refuse_if_used",
    "region_referrers",
]
