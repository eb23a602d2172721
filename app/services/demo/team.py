"""Demo team: regions, managers and reps (with each rep's plan for the later steps)."""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from typing import Any

from app.db.org import Manager, Region, Rep
from app.services.demo.seeds import CountrySeed
from app.services.demo.state import EXPIRING_DAYS, BuilderState, RepPlan, add_days, column_names


def _ascii(text_: str) -> str:
    plain = unicodedata.normalize("NFKD", text_.lower())
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "."))


class TeamSteps(BuilderState):
    """Regions, their managers (local hires and HQ staff) and the reps posted abroad."""

    def _chinese_name(self) -> tuple[str, str, str]:
        """(Latin name "Zhang Wei", Chinese name "张伟", e-mail stem "wei.zhang")."""
        family, family_zh = self.rng.choice(self.s.family_names)
        given, given_zh = self.rng.choice(self.s.given_names)
        return f"{family} {given}", family_zh + given_zh, f"{given}.{family}"

    def _email(self, stem: str) -> str:
        stem = _ascii(stem)
        email, n = f"{stem}@example.com", 1
        while email in self.emails:
            n += 1
            email = f"{stem}{n}@example.com"
        self.emails.add(email)
        return email

    def _region_sizes(self, reps: int) -> list[int]:
        shares = [r.share for r in self.s.regions]
        sizes = [reps * s // sum(shares) for s in shares]
        by_share = sorted(range(len(shares)), key=lambda i: -shares[i])
        for i in range(reps - sum(sizes)):
            sizes[by_share[i % len(by_share)]] += 1
        for i in range(len(sizes)):
            # Small demos still show every region.
            if sizes[i] == 0 and reps >= len(sizes):
                sizes[max(range(len(sizes)), key=lambda j: sizes[j])] -= 1
                sizes[i] = 1
        return sizes

    def write_org(self, rep_count: int) -> None:
        """Regions, managers and ``rep_count`` reps spread over the regions."""
        regions = self.s.regions
        sizes = self._region_sizes(rep_count)
        self.w.insert(
            Region,
            column_names("id name name_zh base_currency countries"),
            [
                (i, r.name, r.name_zh, r.base_currency, ",".join(c.code for c in r.countries))
                for i, r in enumerate(regions, start=1)
            ],
        )
        name, name_zh, stem = self._chinese_name()
        managers = [(1, name, name_zh, self._email(stem), "head_of_sales", None, "Asia/Shanghai")]
        teams: list[list[int]] = []
        for ri, region in enumerate(regions):
            team = []
            local = list(self.s.local_managers.get(region.key, ()))
            # One manager per 40 reps; some are local hires, some work from HQ.
            for k in range(max(1, math.ceil(sizes[ri] / 40))):
                if (k + ri) % 3 == 1 and local:
                    name, zone = local.pop(0)
                    name_zh, stem = None, ".".join(name.split(" ", 1))
                else:
                    name, name_zh, stem = self._chinese_name()
                    zone = region.hub_zone if k % 4 != 3 else "Asia/Shanghai"
                mid = len(managers) + 1
                managers.append(
                    (mid, name, name_zh, self._email(stem), "regional_manager", ri + 1, zone)
                )
                team.append(mid)
            teams.append(team)
        self.w.insert(
            Manager, column_names("id name name_zh email role region_id time_zone"), managers
        )
        self.managers = [(m[0], m[1], m[5], m[6]) for m in managers]
        rows = []
        for ri, region in enumerate(regions):
            places = [(c, city) for c in region.countries for city in c.cities]
            picks = self.rng.choices(places, [city.share for _, city in places], k=sizes[ri])
            for k, (country, city) in enumerate(picks):
                manager_id = teams[ri][k * len(teams[ri]) // sizes[ri]]
                rows.append(self._rep(ri, country, city.name, city.zone, manager_id))
        self.w.insert(
            Rep,
            column_names(
                "id name name_zh email phone region_id manager_id posting_country posting_city "
                "time_zone currency posting_start posting_end focus languages "
                "work_permit_number work_permit_expiry status notes"
            ),
            rows,
        )

    def _rep(
        self, ri: int, country: CountrySeed, city: str, zone: str, manager_id: int
    ) -> tuple[Any, ...]:
        rng, today = self.rng, self.today
        rep_id = len(self.reps) + 1
        name, name_zh, stem = self._chinese_name()
        focus = rng.choices(("acquisition", "retention", "both"), (35, 25, 40))[0]
        start = add_days(dt.date(self.years[0], 1, 1), -rng.randrange(30, 365 * 4))
        status, end = "active", None
        if rng.random() < 0.6:
            end = add_days(today, rng.randrange(90, 1100))  # fixed-term posting
        roll = rng.random()
        if roll < 0.08 and len(self.years) > 1:
            start = dt.date(rng.choice(self.years[1:]), 1, rng.randrange(2, 20))  # joiner
        elif roll < 0.11:
            status = "inactive"
            end = add_days(today, -rng.randrange(20, 300))
            start = min(start, add_days(end, -rng.randrange(400, 1200)))
        elif roll < 0.13:
            status = "on_leave"
        if rep_id % 20 == 4 and status == "inactive":
            status, end = "active", None  # this one's permit expires soon (below)
        start = min(start, add_days(today, -1))
        expiry: dt.date | None = add_days(today, rng.randrange(EXPIRING_DAYS + 1, 900))
        if status == "inactive":
            expiry = end
        elif rep_id % 20 == 4:
            expiry = add_days(today, rng.randrange(0, EXPIRING_DAYS + 1))
        elif rep_id % 97 == 50:
            expiry = add_days(today, -rng.randrange(1, 30))  # lapsed: a compliance finding
        languages = ["zh", "en"]
        if rng.random() < 0.6:
            languages.append(rng.choice(country.languages))
        skill = max(0.55, min(1.5, rng.gauss(1.0, 0.13)))
        usd = self.s.regions[ri].revenue_usd * math.exp(rng.gauss(0, 0.3))
        usd *= {"acquisition": 0.9, "retention": 1.15, "both": 1.0}[focus]
        plan = RepPlan(
            rep_id, ri + 1, manager_id, name, country, city, zone, start, end, status, expiry,
            skill, usd, focus,
        )  # fmt: skip
        self.reps.append(plan)
        digits = str(rng.randrange(10**8, 10**9))
        note = rng.choice(self.s.rep_notes) if rng.random() < 0.05 else None
        return (
            rep_id, name, name_zh, self._email(stem),
            f"+{country.calling_code} {digits[:3]} {digits[3:6]} {digits[6:]}",
            ri + 1, manager_id, country.code, city, zone, country.currency, start, end, focus,
            ",".join(languages), f"{country.permit_prefix}-{rng.randrange(10**7, 10**8)}",
            expiry, status, note,
        )  # fmt: skip
