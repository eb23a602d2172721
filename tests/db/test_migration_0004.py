"""Migration 0004 (risk reviews, acceptances, actions): up, down and up again, with data."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.db import migrate
from app.db.engine import make_engine, sqlite_url

_NEW_TABLES = {"risk_reviews", "risk_acceptances", "risk_actions"}


def _seed_risk(conn) -> int:
    conn.execute(
        text(
            "INSERT INTO regions (name, base_currency, countries, version)"
            " VALUES ('Gulf', 'AED', 'AE', 1)"
        )
    )
    region_id = conn.execute(text("SELECT id FROM regions")).scalar_one()
    conn.execute(
        text(
            "INSERT INTO risks (region_id, category, title, likelihood, impact, treatment,"
            " owner, status, version) VALUES (:r, 'fx', 'Peg', 3, 4, 'reduce', 'Li Na', 'open', 1)"
        ),
        {"r": region_id},
    )
    return conn.execute(text("SELECT id FROM risks")).scalar_one()


def _round_trip(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0003")
        with engine.begin() as conn:
            risk_id = _seed_risk(conn)
        migrate.upgrade(engine, "0004")
        assert set(inspect(engine).get_table_names()) >= _NEW_TABLES
        with engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE risks SET status = 'accepted', accepted_until = '2027-01-31',"
                    " last_reviewed = '2026-11-01' WHERE id = :id"
                ),
                {"id": risk_id},
            )
            conn.execute(
                text(
                    "INSERT INTO risk_acceptances (risk_id, accepted_by, accepted_on,"
                    " accepted_until, justification) VALUES (:id, 'Li Na', '2026-11-01',"
                    " '2027-01-31', 'Hedged')"
                ),
                {"id": risk_id},
            )
            conn.execute(
                text(
                    "INSERT INTO risk_reviews (risk_id, reviewed_on, reviewer, likelihood,"
                    " impact, next_review) VALUES (:id, '2026-11-01', 'Li Na', 3, 4, '2026-12-31')"
                ),
                {"id": risk_id},
            )
        # The database refuses what the services would: an acceptance ending before it began.
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO risk_acceptances (risk_id, accepted_by, accepted_on,"
                    " accepted_until, justification) VALUES (:id, 'x', '2026-11-02',"
                    " '2026-11-01', 'y')"
                ),
                {"id": risk_id},
            )
        # Drift is checked at the head below: later revisions add to the models.

        migrate.downgrade(engine, "0003")
        assert not _NEW_TABLES & set(inspect(engine).get_table_names())
        columns = {c["name"] for c in inspect(engine).get_columns("risks")}
        assert not {"accepted_until", "last_reviewed"} & columns
        with engine.begin() as conn:
            # The accepted risk is kept, open again under the old CHECK.
            assert conn.execute(text("SELECT status FROM risks")).scalar_one() == "open"
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text("UPDATE risks SET status = 'accepted'"))

        migrate.upgrade(engine)
        assert migrate.drift(engine) == []
    finally:
        engine.dispose()


def test_0004_sqlite_up_down_up_keeps_risks(tmp_path: Path) -> None:
    _round_trip(sqlite_url(tmp_path / "risks.sqlite3"))


@pytest.mark.postgres
def test_0004_postgres_up_down_up_keeps_risks(pg_server) -> None:
    url = pg_server.create_database(migrated=False)
    try:
        _round_trip(url)
    finally:
        pg_server.drop_database(url)
