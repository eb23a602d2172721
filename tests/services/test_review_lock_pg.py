"""On PostgreSQL the database itself refuses to rewrite a signed review.

A client that skips the service layer (raw SQL) must still hit the trigger
from migration 0001; the status changes of the workflow must still pass.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db.engine import Database
from app.domain.enums import ReviewStatus
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.review_records import ReviewInput
from app.services.reviews import ReviewService
from tests.services.factories import make_region, make_rep

pytestmark = pytest.mark.postgres


@pytest.fixture
def signed_review(postgres_database: Database) -> tuple[ReviewService, int]:
    db = postgres_database
    region = make_region(db)
    make_rep(db, region.id, name="Signed Rep")
    service = ReviewService(db)
    cycle = CycleService(db).open_cycle(
        CycleInput(
            region.id,
            "2026 H1",
            "annual",
            dt.date(2026, 1, 1),
            dt.date(2026, 6, 30),
            [{"metric": "revenue", "weight": Decimal(100)}],
        )
    )
    review = service.list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows[0]
    review = service.update_review(review.id, ReviewInput(strengths="Original"), review.version)
    review = service.submit(review.id, review.version)
    review = service.sign(review.id, review.version)
    assert review.status is ReviewStatus.SIGNED
    return service, review.id


def _execute(db: Database, sql: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_trigger_refuses_raw_update_of_signed_content(
    postgres_database: Database, signed_review
) -> None:
    service, review_id = signed_review
    with pytest.raises(DBAPIError, match="signed and cannot be changed"):
        _execute(
            postgres_database,
            "UPDATE reviews SET strengths = 'Forged' WHERE id = :id",
            id=review_id,
        )
    with pytest.raises(DBAPIError, match="signed and cannot be deleted"):
        _execute(postgres_database, "DELETE FROM reviews WHERE id = :id", id=review_id)
    assert service.get(review_id).strengths == "Original"


def test_trigger_refuses_raw_update_of_signed_kpi_lines(
    postgres_database: Database, signed_review
) -> None:
    service, review_id = signed_review
    with pytest.raises(DBAPIError, match=r"KPI lines of review .* are signed"):
        _execute(
            postgres_database,
            "UPDATE kpi_lines SET actual = 1000000, score = 5 WHERE review_id = :id",
            id=review_id,
        )
    with pytest.raises(DBAPIError, match=r"KPI lines of review .* are signed"):
        _execute(
            postgres_database,
            "INSERT INTO kpi_lines (review_id, position, metric, weight, unit, version,"
            " created_at, updated_at) VALUES (:id, 9, 'visits', 0, '', 1, now(), now())",
            id=review_id,
        )
    assert service.get(review_id).kpi_lines[0].actual is None


def test_acknowledge_and_reopen_still_pass_the_trigger(
    postgres_database: Database, signed_review
) -> None:
    service, review_id = signed_review
    review = service.get(review_id)
    review = service.acknowledge(review_id, review.version, rep_comments="Agreed")
    assert review.status is ReviewStatus.ACKNOWLEDGED
    # Once reopened the row is no longer locked, so even a raw UPDATE passes.
    review = service.reopen(review_id, review.version, "Figures corrected")
    assert review.status is ReviewStatus.IN_REVIEW
    _execute(
        postgres_database, "UPDATE reviews SET strengths = 'Rewritten' WHERE id = :id", id=review_id
    )
    assert service.get(review_id).strengths == "Rewritten"
