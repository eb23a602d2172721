"""Migration 0005 (compliance register): rows kept through up and down, bounds enforced."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from app.db import migrate
from app.db.engine import make_engine, sqlite_url

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def _seed(engine: Engine) -> None:
    """A region, an obligation and its evidence file as revision 0003 stored them."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO regions (id, name, base_currency, countries, version, created_at,"
                " updated_at) VALUES (1, 'SEA', 'CNY', '[\"SG\"]', 1, :now, :now)"
            ),
            {"now": NOW},
        )
        conn.execute(
            text(
                "INSERT INTO compliance_items (id, region_id, country, category, obligation,"
                " owner, due_date, status, version, created_at, updated_at) VALUES (1, 1, 'SG',"
                " 'immigration', 'Employment pass', 'HR', :due, 'compliant', 1, :now, :now)"
            ),
            {"now": NOW, "due": dt.date(2026, 9, 30)},
        )
        conn.execute(
            text(
                "INSERT INTO attachments (id, compliance_item_id, file_name, media_type,"
                " size_bytes, sha256, content, version, created_at, updated_at) VALUES (1, 1,"
                " 'pass.pdf', 'application/pdf', 4, :sha, :body, 1, :now, :now)"
            ),
            {"now": NOW, "sha": "0" * 64, "body": b"%PDF"},
        )


def _check(engine: Engine) -> None:
    migrate.upgrade(engine, "0003")
    _seed(engine)
    migrate.upgrade(engine, "0005")
    columns = {c["name"] for c in inspect(engine).get_columns("compliance_items")}
    assert {"renewal_months", "renewed_on", "renewed_from_id"} <= columns
    with engine.begin() as conn:
        kept = conn.execute(text("SELECT obligation, renewal_months FROM compliance_items"))
        assert kept.all() == [("Employment pass", None)]
        assert conn.scalar(text("SELECT content FROM attachments")) == b"%PDF"
        conn.execute(text("UPDATE compliance_items SET renewal_months = 12, renewed_from_id = 1"))
    refused = [
        "UPDATE attachments SET size_bytes = 5",  # no longer the bytes' length
        "UPDATE attachments SET file_name = 'a/b.pdf'",
        "UPDATE compliance_items SET renewal_months = 0",
    ]
    for statement in refused:
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text(statement))

    migrate.downgrade(engine, "0003")
    columns = {c["name"] for c in inspect(engine).get_columns("compliance_items")}
    assert "renewal_months" not in columns
    with engine.begin() as conn:
        # The constraints went with the revision: a mismatched size is accepted again.
        conn.execute(text("UPDATE attachments SET size_bytes = 5"))
        assert conn.scalar(text("SELECT count(*) FROM compliance_items")) == 1
    with engine.begin() as conn:
        conn.execute(text("UPDATE attachments SET size_bytes = 4"))
    migrate.upgrade(engine)
    assert migrate.drift(engine) == []


def test_0005_sqlite(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "c.sqlite3"))
    try:
        _check(engine)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_0005_postgres(pg_server) -> None:
    url = pg_server.create_database(migrated=False)
    engine = make_engine(url)
    try:
        _check(engine)
    finally:
        engine.dispose()
        pg_server.drop_database(url)
