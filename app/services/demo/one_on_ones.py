"""Demo one-on-ones: a fortnightly meeting per rep over the last year, with action items."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from app.db.one_on_ones import ActionItem, OneOnOne
from app.services.demo.seeds import meeting_hour
from app.services.demo.state import (
    REP_BATCH,
    BuilderState,
    RepPlan,
    add_days,
    at_hour,
    column_names,
)

MEETING_HISTORY_DAYS = 366
"""One-on-ones are generated for the last year (and four weeks ahead), not every year."""


class OneOnOneSteps(BuilderState):
    """One-on-ones (held, cancelled, planned) and the action items they raised."""

    def write_one_on_ones(self, first_pct: int, last_pct: int) -> None:
        """A fortnightly one-on-one per rep over the last year, with action items."""
        rng, today, s = self.rng, self.today, self.s
        zones: dict[str, ZoneInfo] = {}
        manager_zone = {m[0]: m[3] for m in self.managers}
        window_start = add_days(today, -MEETING_HISTORY_DAYS)
        horizon = add_days(today, 28)
        meeting_cols = column_names(
            "id rep_id manager_id starts_at rep_time_zone duration_minutes channel status "
            "cadence agenda notes morale private_note"
        )
        action_cols = column_names(
            "id rep_id meeting_id carried_from_id text owner due_date done_at"
        )
        meeting_id = action_id = 0
        meetings: list[tuple[Any, ...]] = []
        actions: list[list[Any]] = []
        for n, rep in enumerate(self.reps):
            first = max(window_start, rep.start)
            last = horizon if rep.end is None else min(horizon, rep.end)
            rep_zone = zones.setdefault(rep.zone, ZoneInfo(rep.zone))
            mgr_name = manager_zone[rep.manager_id]
            mgr_zone = zones.setdefault(mgr_name, ZoneInfo(mgr_name))
            hour = meeting_hour(rng, rep_zone, mgr_zone, today)
            # A fixed weekday, every other week.
            d = add_days(first, (rng.randrange(0, 5) - first.weekday()) % 7 + 7 * rng.randrange(2))
            morale_mean = 3.2 + (rep.skill - 1) * 4
            customers = self.customers[rep.country.code]
            open_items: list[list[Any]] = []
            last_held: int | None = None
            while d <= last:
                meeting_id += 1
                starts = dt.datetime(d.year, d.month, d.day, hour, tzinfo=rep_zone).astimezone(
                    dt.UTC
                )
                channel = rng.choices(("video", "phone", "in_person"), (75, 20, 5))[0]
                duration = rng.choice((30, 45, 45, 60))
                customer = rng.choice(customers)
                status, agenda, notes, morale, private = "held", None, None, None, None
                if d >= today:
                    status, agenda = "planned", rng.choice(s.agenda)
                elif rng.random() < 0.08:
                    status = "cancelled"
                else:
                    morale = max(1, min(5, round(rng.gauss(morale_mean, 0.8))))
                    notes = rng.choice(s.meeting_notes).format(customer=customer, city=rep.city)
                    private = rng.choice(s.private_notes) if rng.random() < 0.15 else None
                    agenda = rng.choice(s.agenda) if rng.random() < 0.5 else None
                    last_held = meeting_id
                    raised = self._raised_actions(rep, meeting_id, d, customer, action_id)
                    action_id += len(raised)
                    actions.extend(raised)
                    open_items.extend(item for item in raised if item[7] is None)
                meetings.append(
                    (meeting_id, rep.id, rep.manager_id, starts, rep.zone, duration, channel,
                     status, "fortnightly", agenda, notes, morale, private)
                )  # fmt: skip
                d = add_days(d, 14)
            for item in open_items:
                # Most open items were carried over to the latest meeting held.
                if last_held is not None and item[2] != last_held and rng.random() < 0.7:
                    item[2], item[3] = last_held, item[2]
            if (n + 1) % REP_BATCH == 0 or n + 1 == len(self.reps):
                self.w.insert(OneOnOne, meeting_cols, meetings)
                self.w.insert(ActionItem, action_cols, [tuple(a) for a in actions])
                meetings, actions = [], []
                pct = first_pct + (last_pct - first_pct) * (n + 1) // len(self.reps)
                self.report(pct, f"One-on-ones: {n + 1} of {len(self.reps)} reps")

    def _raised_actions(
        self, rep: RepPlan, meeting_id: int, day: dt.date, customer: str, last_id: int
    ) -> list[list[Any]]:
        """A held meeting's action items, numbered after ``last_id``; open ones lack done_at."""
        rng, today = self.rng, self.today
        items = []
        for _ in range(rng.choices((0, 1, 2), (40, 40, 20))[0]):
            owner, template = rng.choice(self.s.actions)
            due = add_days(day, rng.randrange(7, 22))
            done_day = add_days(day, rng.randrange(1, 25))
            item = [
                last_id + len(items) + 1, rep.id, meeting_id, None,
                template.format(customer=customer, city=rep.city), owner, due, None,
            ]  # fmt: skip
            # Most items get done; a few slip past their due date, but
            # nothing stays open for months (managers close or drop those).
            late = (today - due).days
            odds = 0.5 if late <= 0 else 0.85 if late <= 30 else 1.0
            if done_day < today and rng.random() < odds:
                item[7] = at_hour(done_day, rng.randrange(6, 16))
            items.append(item)
        return items
