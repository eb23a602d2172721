"""The compliance register on SQLite and PostgreSQL: evidence bounds held by the
database, plain file names, renewals, the Team's permits and the country matrix."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.db.compliance import MAX_ATTACHMENT_BYTES
from app.db.engine import Database
from app.domain.compliance import add_months, next_due_date, plain_file_name
from app.domain.enums import ComplianceCategory, ComplianceStatus, RepStatus
from app.services.base import PageRequest
from app.services.compliance import (
    ComplianceInput,
    ComplianceService,
    CorruptAttachmentError,
)
from app.services.errors import ConflictError, ValidationError
from tests.services.factories import make_region, make_rep

TODAY = dt.date(2026, 6, 1)


def _item(region_id: int, obligation: str = "Work permit", **kw) -> ComplianceInput:
    values = {"country": "SG", "category": "immigration", "owner": "HR Mobility"}
    values.update(kw)
    return ComplianceInput(region_id, obligation=obligation, **values)


def _insert_attachment(database: Database, item_id: int, name: str, size: int, body: bytes):
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO attachments (compliance_item_id, file_name, media_type, size_bytes,"
                " sha256, content, version, created_at, updated_at) VALUES (:item, :name,"
                " 'text/plain', :size, :sha, :body, 1, :now, :now)"
            ),
            {
                "item": item_id,
                "name": name,
                "size": size,
                "sha": hashlib.sha256(body).hexdigest(),
                "body": body,
                "now": dt.datetime(2026, 6, 1, tzinfo=dt.UTC),
            },
        )


def test_database_refuses_oversized_lying_or_path_named_files(database: Database) -> None:
    item = ComplianceService(database).create(_item(make_region(database).id))
    _insert_attachment(database, item.id, "ok.txt", 3, b"abc")  # the statement itself works
    too_big = b"\0" * (MAX_ATTACHMENT_BYTES + 1)
    bad = [
        ("big.bin", len(too_big), too_big),  # over the bound
        ("liar.bin", 10, too_big),  # size_bytes says small, the bytes are not
        ("../../etc/passwd", 3, b"abc"),  # a path, not a plain name
        ("..", 3, b"abc"),
    ]
    for name, size, body in bad:
        with pytest.raises(IntegrityError):
            _insert_attachment(database, item.id, name, size, body)
    assert [a.file_name for a in ComplianceService(database).attachments(item.id)] == ["ok.txt"]


def test_service_bound_is_inclusive_and_names_are_plain(database: Database) -> None:
    service = ComplianceService(database)
    item = service.create(_item(make_region(database).id))
    exact = service.attach(item.id, "scan.pdf", b"\1" * MAX_ATTACHMENT_BYTES)
    assert exact.size_bytes == MAX_ATTACHMENT_BYTES
    with pytest.raises(ValidationError) as err:
        service.attach(item.id, "scan2.pdf", b"\1" * (MAX_ATTACHMENT_BYTES + 1))
    assert err.value.field == "content"
    stored = service.attach(item.id, "..\\..\\C:\\Users\\x\\pass\nport\x00.pdf", b"p")
    assert stored.file_name == "passport.pdf"
    with pytest.raises(ValidationError) as err:
        service.attach(item.id, "../..", b"p")
    assert err.value.field == "file_name"


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\scans\\permit.pdf", "permit.pdf"),
        ("  résumé 简历.docx ", "résumé 简历.docx"),
        ("tab\there\u202e.txt", "tabhere.txt"),
        ("x" * 300 + ".pdf", "x" * 256 + ".pdf"),
    ],
)
def test_plain_file_name(given: str, stored: str) -> None:
    assert plain_file_name(given) == stored


@pytest.mark.parametrize("given", ["", "   ", ".", "..", "a/", "\x00\x01"])
def test_plain_file_name_refuses_nothing_left(given: str) -> None:
    with pytest.raises(ValidationError, match="no file name"):
        plain_file_name(given)


def test_tampered_content_of_the_same_size_is_refused(database: Database) -> None:
    service = ComplianceService(database)
    item = service.create(_item(make_region(database).id))
    att = service.attach(item.id, "permit.pdf", b"%PDF-1.7 valid until 2027")
    with database.engine.begin() as conn:
        conn.execute(
            text("UPDATE attachments SET content = :body WHERE id = :id"),
            {"body": b"%PDF-1.7 valid until 2099", "id": att.id},
        )
    with pytest.raises(CorruptAttachmentError, match=r"permit\.pdf is damaged"):
        service.attachment_content(att.id)


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)
    with pytest.raises(ValidationError):
        next_due_date(dt.date(2026, 1, 1), 0)


def test_renewal_keeps_history_and_creates_the_next_due_date(database: Database) -> None:
    service = ComplianceService(database)
    region = make_region(database)
    rep = make_rep(database, region.id, name="Ana")
    due = TODAY + dt.timedelta(days=20)
    permit = service.create(_item(region.id, rep_id=rep.id, due_date=due, renewal_months=12))
    assert [e.id for e in service.expiring(region.id, TODAY)] == [permit.id]

    with pytest.raises(ConflictError):
        service.renew(permit.id, permit.version + 1, TODAY)
    successor = service.renew(permit.id, permit.version, TODAY)
    assert (successor.due_date, successor.renewal_months, successor.renewed_from_id) == (
        add_months(due, 12),
        12,
        permit.id,
    )
    assert (successor.status, successor.last_checked, successor.rep_id) == (
        ComplianceStatus.COMPLIANT,
        TODAY,
        rep.id,
    )
    old = service.get(permit.id)
    assert (old.status, old.last_checked, old.renewed_on, old.due_date) == (
        ComplianceStatus.COMPLIANT,
        TODAY,
        TODAY,
        due,
    )
    # History stays listed; the window and the dashboard see only the successor.
    listed = service.list_items(PageRequest(filters={"region_id": region.id}))
    assert [r.id for r in listed.rows] == [permit.id, successor.id]
    soon = {"region_id": region.id, "due_within_days": 400, "as_of": TODAY}
    assert [r.id for r in service.list_items(PageRequest(filters=soon)).rows] == [successor.id]
    assert service.expiring(region.id, TODAY) == []
    with pytest.raises(ValidationError, match="already renewed"):
        service.renew(permit.id, old.version, TODAY)


def test_renewal_needs_a_period_and_a_due_date(database: Database) -> None:
    service = ComplianceService(database)
    region = make_region(database)
    once = service.create(_item(region.id, due_date=TODAY))
    with pytest.raises(ValidationError) as err:
        service.renew(once.id, once.version, TODAY)
    assert err.value.field == "renewal_months"
    undated = service.create(_item(region.id, renewal_months=6))
    with pytest.raises(ValidationError) as err:
        service.renew(undated.id, undated.version, TODAY)
    assert err.value.field == "due_date"
    with pytest.raises(ValidationError) as err:
        service.create(_item(region.id, renewal_months=121))
    assert err.value.field == "renewal_months"
    assert service.create(_item(region.id, renewal_months=0)).renewal_months is None


def test_team_permits_listed_read_only_with_a_derived_status(database: Database) -> None:
    service = ComplianceService(database)
    region, other = make_region(database), make_region(database)
    soon = make_rep(
        database,
        region.id,
        name="Soon",
        work_permit_number="EP-1",
        work_permit_expiry=TODAY + dt.timedelta(days=30),
    )
    lapsed = make_rep(
        database, region.id, name="Lapsed", work_permit_expiry=TODAY - dt.timedelta(days=1)
    )
    later = make_rep(
        database, region.id, name="Later", work_permit_expiry=TODAY + dt.timedelta(days=200)
    )
    make_rep(database, region.id, name="Gone", status=RepStatus.INACTIVE, work_permit_expiry=TODAY)
    make_rep(database, other.id, name="Elsewhere", work_permit_expiry=TODAY)
    own = service.create(_item(region.id, due_date=TODAY + dt.timedelta(days=10)))

    base = {"region_id": region.id, "with_permits": True, "as_of": TODAY, "warn_days": 60}
    page = service.list_items(PageRequest(filters=base, sort="due_date"))
    assert [(r.id, r.source) for r in page.rows] == [
        (-lapsed.id, "team"),
        (own.id, "register"),
        (-soon.id, "team"),
        (-later.id, "team"),
    ]
    by_id = {r.id: r for r in page.rows}
    assert by_id[-soon.id].obligation == "EP-1"
    assert by_id[-soon.id].rep_id == soon.id and by_id[-soon.id].from_team
    assert by_id[-soon.id].category == ComplianceCategory.IMMIGRATION
    assert [by_id[-r.id].status for r in (lapsed, soon, later)] == [
        ComplianceStatus.NON_COMPLIANT,
        ComplianceStatus.AT_RISK,
        ComplianceStatus.COMPLIANT,
    ]
    at_risk = service.list_items(PageRequest(filters={**base, "status": "at_risk"}))
    assert [r.id for r in at_risk.rows] == [-soon.id]
    narrower = service.list_items(PageRequest(filters={**base, "warn_days": 10}))
    assert {r.id: r.status for r in narrower.rows}[-soon.id] == ComplianceStatus.COMPLIANT
    within = service.list_items(PageRequest(filters={**base, "due_within_days": 30}))
    assert within.total == 3
    assert service.list_items(PageRequest(filters={**base, "with_permits": False})).total == 1
    assert service.list_items(PageRequest(filters=base, search="lapsed")).total == 1


def test_country_matrix_shows_the_worst_status_of_rows_in_force(database: Database) -> None:
    service = ComplianceService(database)
    region = make_region(database, countries=("SG", "MY"))
    other = make_region(database)
    make_rep(
        database,
        region.id,
        posting_country="MY",
        work_permit_expiry=TODAY - dt.timedelta(days=3),
    )
    for status in ("compliant", "at_risk", "not_assessed"):
        service.create(_item(region.id, category="tax", status=status))
    service.create(_item(region.id, country="MY", category="contract", status="compliant"))
    service.create(_item(other.id, country="TH", category="tax", status="non_compliant"))
    renewed = service.create(
        _item(region.id, category="ip", status="non_compliant", due_date=TODAY, renewal_months=12)
    )
    service.renew(renewed.id, renewed.version, TODAY)  # the history row no longer counts

    cells = {
        (c.country, c.category.value): (c.status.value, c.count)
        for c in service.country_matrix(region.id, TODAY)
    }
    assert cells == {
        ("MY", "contract"): ("compliant", 1),
        ("MY", "immigration"): ("non_compliant", 1),
        ("SG", "ip"): ("compliant", 1),
        ("SG", "tax"): ("at_risk", 3),
    }
    every = service.country_matrix(None, TODAY)
    assert ("TH", ComplianceStatus.NON_COMPLIANT) in {(c.country, c.status) for c in every}
