"""Demo registers: training (courses, assignments), risks and compliance items."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from typing import Any

from app.db.compliance import Attachment, ComplianceItem
from app.db.risks import Risk, RiskAcceptance, RiskAction, RiskReview
from app.db.training import Course, TrainingAssignment
from app.domain.risk import is_high, risk_level
from app.services.demo.state import (
    EXPIRING_DAYS,
    BuilderState,
    RepPlan,
    add_days,
    column_names,
)

#: Treatment actions the demo gives risks being reduced (plain, plausible work).
RISK_ACTIONS = (
    "Ask the customer for a bank guarantee before the next order",
    "Move the contract to payment in advance",
    "Agree a second logistics provider",
    "Brief the rep on the travel security plan",
    "Review the distributor agreement with local counsel",
    "Hedge next quarter's expected receipts",
)

#: The law behind each obligation category that does not depend on the country.
COMPLIANCE_REFERENCES = {
    "contract": "Local commercial agency law",
    "tax": "Local tax code",
    "ip": "Local trademark law",
    "export_control": "PRC Export Control Law 2020; UN sanctions lists",
}

#: Compliance statuses of an obligation under way, and how often each is drawn.
OPEN_STATUSES = (("compliant", "at_risk", "non_compliant", "not_assessed"), (75, 12, 4, 9))


class RegisterSteps(BuilderState):
    """The course catalogue and assignments, region and rep risks, compliance obligations."""

    def write_training(self) -> None:
        """The course catalogue and each rep's courses, planned, under way, completed or waived."""
        rng, today, courses = self.rng, self.today, self.s.courses
        self.w.insert(
            Course,
            column_names("id title title_zh category format hours provider active"),
            [
                (i, c.title, c.title_zh, c.category, c.format, c.hours, c.provider, True)
                for i, c in enumerate(courses, start=1)
            ],
        )
        first_day = dt.date(self.years[0], 1, 1)
        span = (add_days(today, 180) - first_day).days
        # About three courses a year each (ten or more over the benchmark's three
        # years), so the register has the size of a real plan history.
        per_rep = max(2, int(span / 365 * 3))
        rows = []
        for rep in self.reps:
            count = min(len(courses), per_rep + rng.randrange(0, 3))
            for index in rng.sample(range(len(courses)), count):
                course = courses[index]
                due = add_days(first_day, rng.randrange(0, span))
                status, completed, score, feedback = "planned", None, None, None
                if due < add_days(today, -30):
                    status = rng.choices(("completed", "in_progress", "waived"), (85, 10, 5))[0]
                elif due < today:
                    status = rng.choice(("completed", "in_progress"))
                elif rng.random() < 0.4:
                    status = "in_progress"
                if status == "completed":
                    completed = min(add_days(today, -1), add_days(due, -rng.randrange(0, 30)))
                    if course.format != "coaching":
                        score = Decimal(rng.randrange(60, 101))
                    if rng.random() < 0.3:
                        feedback = rng.choice(self.s.course_feedback)
                cost = Decimal(course.cost_usd) if course.cost_usd else None
                rows.append(
                    (len(rows) + 1, rep.id, index + 1, due, status, completed, score, feedback,
                     cost, "USD" if cost is not None else None)
                )  # fmt: skip
        cols = column_names(
            "id rep_id course_id due_date status completed_on score feedback cost currency"
        )
        self.w.insert(TrainingAssignment, cols, rows)

    # -- risks and compliance -------------------------------------------------------------

    def _owner(self, region_id: int) -> str:
        """The region's first manager, who owns its registers."""
        return next((m[1] for m in self.managers if m[2] == region_id), self.managers[0][1])

    def write_risks(self) -> None:
        """The regions' risk registers, and customer risks for one rep in eight."""
        rng, today = self.rng, self.today
        treatments = {"fx": "transfer", "political": "accept", "legal": "avoid"}
        rows = []
        for region_id in range(1, len(self.s.regions) + 1):
            owner = self._owner(region_id)
            for r in self.s.region_risks:
                likelihood = max(1, min(5, r.likelihood + rng.choice((-1, 0, 0, 1))))
                status = rng.choices(("open", "monitoring", "closed"), (60, 30, 10))[0]
                rows.append(
                    (len(rows) + 1, region_id, None, None, r.category, r.title, r.cause,
                     likelihood, r.impact, min(r.residual_likelihood, likelihood),
                     min(r.residual_impact, r.impact), treatments.get(r.category, "reduce"),
                     r.controls, owner, status, add_days(today, rng.randrange(-20, 90)))
                )  # fmt: skip
        # Each rep keeps a register of their accounts' risks, closed ones included.
        for rep in self.reps:
            for _ in range(rng.randrange(9, 13)):
                rows.append(self._rep_risk(rep, len(rows) + 1))
        rows = self._accept_and_review(rows)
        cols = column_names(
            "id region_id rep_id customer category title cause likelihood impact "
            "residual_likelihood residual_impact treatment controls owner status next_review "
            "last_reviewed accepted_until"
        )
        self.w.insert(Risk, cols, rows)
        self._write_risk_history(rows)

    def _rep_risk(self, rep: RepPlan, risk_id: int) -> tuple[Any, ...]:
        """One risk of a rep's customer (or travel): levels, treatment and status drawn."""
        rng, today = self.rng, self.today
        category, title = rng.choice(self.s.rep_risks)
        customer = rng.choice(self.customers[rep.country.code]) if "{customer}" in title else None
        likelihood, impact = rng.randrange(1, 6), rng.randrange(1, 6)
        residual = (max(1, likelihood - rng.randrange(3)), max(1, impact - rng.randrange(2)))
        high = is_high(risk_level(likelihood, impact))
        if high and rng.random() < 0.3:
            residual = (likelihood, impact)  # no treatment in place yet
        treatment = "reduce"
        if category == "customer_credit" and rng.random() < 0.25:
            treatment = "transfer"  # credit insurance
        elif not high and rng.random() < 0.1:
            treatment = "accept"
        status = rng.choices(("open", "monitoring", "closed"), (45, 30, 25))[0]
        if rep.status == "inactive":
            status = "closed"  # handed over when the rep left
        if status == "closed":
            next_review = add_days(today, -rng.randrange(30, 700))
        else:
            next_review = add_days(today, rng.randrange(-10, 90))
        return (
            risk_id, rep.region_id, rep.id, customer, category,
            title.format(customer=customer, city=rep.city), None, likelihood, impact,
            *residual, treatment, None, rep.name, status, next_review,
        )  # fmt: skip

    def _accept_and_review(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Live risks treated by "accept" are accepted until a date (some lapsed already,
        some ending within a month); every risk was last reviewed a cadence ago."""
        rng, today = self.rng, self.today
        done = []
        for row in rows:
            status, next_review, accepted_until = row[14], row[15], None
            if row[11] == "accept" and status != "closed":
                status, accepted_until = "accepted", add_days(today, rng.randrange(-20, 150))
            done.append(
                (*row[:14], status, next_review, add_days(next_review, -90), accepted_until)
            )
        return done

    def _write_risk_history(self, rows: list[tuple[Any, ...]]) -> None:
        """One recorded review per risk, the acceptances' records, treatment actions."""
        rng, today = self.rng, self.today
        reviews, acceptances, actions = [], [], []
        for row in rows:
            risk_id, owner, last_reviewed = row[0], row[13], row[16]
            reviews.append((len(reviews) + 1, risk_id, last_reviewed, owner, *row[7:11], row[15]))
            if row[17] is not None:
                since = add_days(row[17], -180)
                acceptances.append(
                    (len(acceptances) + 1, risk_id, owner, since, row[17],
                     "Cost of further controls exceeds the expected loss; watched monthly.")
                )  # fmt: skip
            if row[11] == "reduce" and row[14] != "closed":
                for text in rng.sample(RISK_ACTIONS, rng.randrange(0, 3)):
                    due = add_days(today, rng.randrange(-30, 60))
                    done_on = add_days(due, -2) if due < today and rng.random() < 0.6 else None
                    actions.append((len(actions) + 1, risk_id, text, owner, due, done_on))
        self.w.insert(
            RiskReview,
            column_names(
                "id risk_id reviewed_on reviewer likelihood impact residual_likelihood "
                "residual_impact next_review"
            ),
            reviews,
        )
        self.w.insert(
            RiskAcceptance,
            column_names("id risk_id accepted_by accepted_on accepted_until justification"),
            acceptances,
        )
        self.w.insert(RiskAction, column_names("id risk_id text owner due_date done_on"), actions)

    def write_compliance(self) -> None:
        """Obligations per posting country, each rep's work permit, a little evidence."""
        rng, today, s = self.rng, self.today, self.s
        rows: list[tuple[Any, ...]] = []
        evidence: list[tuple[int, str]] = []
        for region_id, region in enumerate(s.regions, start=1):
            owner = self._owner(region_id)
            for country in region.countries:
                for category, obligation in s.country_obligations:
                    reference = COMPLIANCE_REFERENCES.get(category)
                    if category == "data_protection":
                        reference = country.data_protection
                    elif category == "anti_bribery":
                        reference = f"{country.anti_bribery}; {s.prc_anti_bribery}"
                    odds = (70, 15, 5, 10)
                    status = rng.choices(
                        ("compliant", "at_risk", "non_compliant", "not_assessed"), odds
                    )[0]
                    checked = (
                        None
                        if status == "not_assessed"
                        else add_days(today, -rng.randrange(5, 200))
                    )
                    rows.append(
                        (len(rows) + 1, region_id, country.code, None, category,
                         f"{obligation} ({country.code})", reference, owner,
                         add_days(today, rng.randrange(-30, 365)), status, checked, None, None,
                         None)
                    )  # fmt: skip
                    if category == "anti_bribery" and country is region.countries[0]:
                        evidence.append((len(rows), owner))
        tax_due = dt.date(today.year + (today.month > 4), 4, 30)
        owners = {
            region_id: self._owner(region_id) for region_id in {r.region_id for r in self.reps}
        }
        for rep in self.reps:
            owner = owners[rep.region_id]
            rows.extend(self._rep_compliance(rep, len(rows) + 1, tax_due, owner))
        cols = column_names(
            "id region_id country rep_id category obligation legal_reference owner due_date "
            "status last_checked notes renewal_months renewed_on"
        )
        self.w.insert(ComplianceItem, cols, rows)
        files = []
        for item_id, owner in evidence:
            body = (
                f"Gifts and hospitality register reviewed on {today.isoformat()} by {owner}.\n"
                "No exceptions found. 礼品与招待登记已复核，无异常。\n"
            ).encode()
            digest = hashlib.sha256(body).hexdigest()
            name = "gifts-register-review.txt"
            files.append((len(files) + 1, item_id, name, "text/plain", len(body), digest, body))
        cols = column_names("id compliance_item_id file_name media_type size_bytes sha256 content")
        self.w.insert(Attachment, cols, files)

    def _rep_compliance(
        self, rep: RepPlan, first_id: int, tax_due: dt.date, owner: str
    ) -> list[tuple[Any, ...]]:
        """A rep's obligations: the work permit and income tax filing (earlier years'
        renewed and kept as history), the quarterly gifts register and the screening of
        a few customers (``owner``: the region's). A rep who left keeps only the history."""
        rng, today, country = self.rng, self.today, rep.country
        obligations = dict(self.s.country_obligations)
        permit = (f"{country.permit_name} renewal for {rep.name}", "Local immigration law",
                  "HR Mobility", 12)  # fmt: skip
        filing = (f"Individual income tax filing for {rep.name}",
                  "Local income tax law; double tax treaty with China", "Payroll", 12)  # fmt: skip
        items: list[tuple[Any, ...]] = []  # category, text, law, owner, months, due, status...
        for back in range(len(self.years), 0, -1):
            for category, obligation, due in (
                ("immigration", permit, rep.permit_expiry),
                ("tax", filing, tax_due),
            ):
                due = due and add_days(due, -365 * back)
                if due is not None and rep.start < due < today:
                    renewed = add_days(due, -rng.randrange(10, 45))
                    items.append((category, *obligation, due, "compliant", renewed, None, renewed))
        if rep.status != "inactive" and rep.permit_expiry is not None:
            left = (rep.permit_expiry - today).days
            status = (
                "compliant" if left > EXPIRING_DAYS else "at_risk" if left >= 0 else "non_compliant"
            )
            note = "Renewal file started" if status == "at_risk" else None
            checked = add_days(today, -rng.randrange(1, 90))
            items.append(("immigration", *permit, rep.permit_expiry, status, checked, note, None))
            status = rng.choices(("compliant", "not_assessed", "at_risk"), (80, 15, 5))[0]
            items.append(("tax", *filing, tax_due, status, None, None, None))
            items.extend(self._rep_checks(rep, obligations, owner))
        return [
            (first_id + n, rep.region_id, country.code, rep.id, category, text, law, by, due,
             status, checked, note, months, renewed)
            for n, (category, text, law, by, months, due, status, checked, note, renewed)
            in enumerate(items)
        ]  # fmt: skip

    def _rep_checks(
        self, rep: RepPlan, obligations: dict[str, str], owner: str
    ) -> list[tuple[Any, ...]]:
        """The rep's quarterly gifts register and the sanctions screening of a few of the
        country's customers, with drawn statuses (the ``_rep_compliance`` item layout)."""
        rng, today = self.rng, self.today
        quarter = (today.month + 2) // 3
        quarter_end = add_days(dt.date(today.year + (quarter == 4), quarter * 3 % 12 + 1, 1), -1)
        law = f"{rep.country.anti_bribery}; {self.s.prc_anti_bribery}"
        checks = [("anti_bribery", f"{obligations['anti_bribery']} ({rep.name})", law, rep.name,
                   3, quarter_end)]  # fmt: skip
        for customer in rng.sample(self.customers[rep.country.code], rng.randrange(2, 5)):
            checks.append(
                ("export_control", f"{obligations['export_control']}: {customer}",
                 COMPLIANCE_REFERENCES["export_control"], owner, 12,
                 add_days(today, rng.randrange(-20, 365)))
            )  # fmt: skip
        items = []
        for check in checks:
            status = rng.choices(*OPEN_STATUSES)[0]
            checked = None if status == "not_assessed" else add_days(today, -rng.randrange(5, 200))
            items.append((*check, status, checked, None, None))
        return items
