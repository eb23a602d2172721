"""ComplianceService on SQLite and PostgreSQL: items, expiring list, attachments."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import update

from app.db.compliance import MAX_ATTACHMENT_BYTES, Attachment
from app.db.engine import Database
from app.domain.enums import ComplianceCategory, ComplianceStatus, RepStatus
from app.services.base import PageRequest
from app.services.compliance import (
    ComplianceInput,
    ComplianceService,
    CorruptAttachmentError,
)
from app.services.errors import ConflictError, NotFoundError, ValidationError
from tests.services.factories import make_region, make_rep

TODAY = dt.date(2026, 6, 1)


def _item(region_id: int, obligation: str = "Employment contract", **kw) -> ComplianceInput:
    values = {"country": "SG", "category": "contract", "owner": "HR"}
    values.update(kw)
    return ComplianceInput(region_id, obligation=obligation, **values)


def test_item_crud(database: Database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id, name="Ana")
    service = ComplianceService(database)
    item = service.create(
        _item(region.id, country="my", rep_id=rep.id, legal_reference="Employment Act 1955")
    )
    assert (item.country, item.rep_name, item.status) == (
        "MY",
        "Ana",
        ComplianceStatus.NOT_ASSESSED,
    )
    updated = service.update(
        item.id, _item(region.id, status="compliant", last_checked=TODAY), item.version
    )
    assert (updated.status, updated.rep_id, updated.country) == (
        ComplianceStatus.COMPLIANT,
        None,
        "SG",
    )
    with pytest.raises(ConflictError):
        service.update(item.id, _item(region.id), item.version)
    service.attach(item.id, "contract.pdf", b"%PDF-1.7", "application/pdf")
    assert service.get(item.id).attachment_count == 1
    service.delete(item.id, updated.version)
    with pytest.raises(NotFoundError):
        service.get(item.id)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"country": "XX"}, "country"),
        ({"category": "karma"}, "category"),
        ({"status": "fine"}, "status"),
        ({"owner": ""}, "owner"),
        ({"obligation": " "}, "obligation"),
        ({"rep_id": 999_999}, "rep_id"),
    ],
)
def test_validation_names_field(database: Database, changes: dict, field: str) -> None:
    region = make_region(database)
    values = {"obligation": "Tax filing", **changes}
    with pytest.raises(ValidationError) as err:
        ComplianceService(database).create(_item(region.id, **values))
    assert err.value.field == field


def test_list_filters(database: Database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id)
    service = ComplianceService(database)
    tax = service.create(
        _item(region.id, "Tax filing", category="tax", due_date=TODAY + dt.timedelta(days=10))
    )
    contract = service.create(
        _item(region.id, rep_id=rep.id, country="TH", due_date=TODAY + dt.timedelta(days=90))
    )
    late = service.create(
        _item(
            region.id,
            "GDPR record",
            category="data_protection",
            due_date=TODAY - dt.timedelta(days=3),
            status="at_risk",
        )
    )
    service.create(_item(make_region(database).id, "Elsewhere"))

    def ids(**filters) -> list[int]:
        return [
            r.id
            for r in service.list_items(
                PageRequest(filters={"region_id": region.id, **filters})
            ).rows
        ]

    assert ids() == [late.id, tax.id, contract.id]  # by due date
    assert ids(country="th") == [contract.id]
    assert ids(rep_id=rep.id) == [contract.id]
    assert ids(status="at_risk") == [late.id]
    assert ids(category=ComplianceCategory.TAX) == [tax.id]
    assert ids(due_within_days=30, as_of=TODAY) == [late.id, tax.id]
    assert service.list_items(PageRequest(search="gdpr")).total == 1


def test_expiring_combines_items_and_work_permits(database: Database) -> None:
    region = make_region(database)
    ana = make_rep(
        database,
        region.id,
        name="Ana",
        work_permit_number="EP-1",
        work_permit_expiry=TODAY + dt.timedelta(days=20),
    )
    make_rep(database, region.id, name="Far", work_permit_expiry=TODAY + dt.timedelta(days=200))
    make_rep(database, region.id, name="Gone", status=RepStatus.INACTIVE, work_permit_expiry=TODAY)
    other = make_region(database)
    make_rep(database, other.id, work_permit_expiry=TODAY)
    service = ComplianceService(database)
    item = service.create(
        _item(
            region.id,
            "Visa renewal",
            rep_id=ana.id,
            category="immigration",
            due_date=TODAY - dt.timedelta(days=2),
        )
    )
    service.create(_item(region.id, "Later", due_date=TODAY + dt.timedelta(days=61)))

    found = service.expiring(region.id, TODAY)
    assert [(e.kind, e.id, e.rep_name, e.title, e.days_left) for e in found] == [
        ("compliance", item.id, "Ana", "Visa renewal", -2),
        ("work_permit", ana.id, "Ana", "Work permit EP-1", 20),
    ]
    assert len(service.expiring(region.id, TODAY, within_days=61)) == 3


def test_attachments_store_hash_refuse_big_and_verify(database: Database) -> None:
    region = make_region(database)
    service = ComplianceService(database)
    item = service.create(_item(region.id))
    content = b"signed contract " * 100
    att = service.attach(item.id, "contract.pdf", content, "application/pdf")
    assert (att.size_bytes, att.sha256) == (len(content), hashlib.sha256(content).hexdigest())
    assert service.attachment_content(att.id) == content
    assert [a.file_name for a in service.attachments(item.id)] == ["contract.pdf"]

    with pytest.raises(ValidationError, match=r"huge\.zip") as err:
        service.attach(item.id, "huge.zip", b"\0" * (MAX_ATTACHMENT_BYTES + 1))
    assert err.value.field == "content"
    assert len(service.attachments(item.id)) == 1

    # Same length: the database refuses content whose length is not size_bytes.
    tampered = b"S" + content[1:]
    with database.session() as s:
        s.execute(update(Attachment).where(Attachment.id == att.id).values(content=tampered))
    with pytest.raises(CorruptAttachmentError, match=r"contract\.pdf"):
        service.attachment_content(att.id)

    with pytest.raises(ConflictError):
        service.delete_attachment(att.id, att.version + 1)
    service.delete_attachment(att.id, att.version)
    assert service.attachments(item.id) == []


def test_expiring_in_every_region(database: Database) -> None:
    north, south = make_region(database), make_region(database)
    bo = make_rep(database, north.id, name="Bo", work_permit_expiry=TODAY + dt.timedelta(days=5))
    make_rep(database, south.id, name="Gone", status=RepStatus.INACTIVE, work_permit_expiry=TODAY)
    service = ComplianceService(database)
    late = service.create(_item(south.id, "Late filing", due_date=TODAY - dt.timedelta(days=1)))
    service.create(_item(north.id, "Far", due_date=TODAY + dt.timedelta(days=90)))

    found = service.expiring(None, TODAY)
    assert [(e.kind, e.id, e.days_left) for e in found] == [
        ("compliance", late.id, -1),
        ("work_permit", bo.id, 5),
    ]
    assert [e.id for e in service.expiring(north.id, TODAY)] == [bo.id]
    assert len(service.expiring(None, TODAY, within_days=90)) == 3
