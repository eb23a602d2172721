"""The demo generator's seed data (``resources/demo/seeds.json``) and text helpers.

The JSON holds places (regions, countries, cities with their real IANA zones
and currencies), rough USD exchange rates, Chinese names with their pinyin,
the course catalogue and the bilingual text templates; this module gives it
types so the generator reads ``region.countries[0].currency``, not dict keys.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from app.domain.enums import Metric
from app.paths import resources_dir


@dataclass(frozen=True)
class City:
    name: str
    zone: str
    share: int


@dataclass(frozen=True)
class CountrySeed:
    code: str
    currency: str
    calling_code: str
    languages: tuple[str, ...]  # local languages besides zh and en
    permit_prefix: str
    permit_name: str
    cities: tuple[City, ...]
    data_protection: str
    anti_bribery: str


@dataclass(frozen=True)
class RegionSeed:
    key: str
    name: str
    name_zh: str
    base_currency: str
    share: int  # percent of the reps posted here
    revenue_usd: int  # yearly revenue target of a typical rep
    season: tuple[int, ...]  # 12 monthly percentages summing to 100
    hub_zone: str
    countries: tuple[CountrySeed, ...]


@dataclass(frozen=True)
class RateSeed:
    rate: Decimal  # USD per unit, about today
    noise_pct: float  # monthly random move
    trend_pct: float  # monthly drift; negative when the currency weakens


@dataclass(frozen=True)
class CourseSeed:
    title: str
    title_zh: str
    category: str
    format: str
    hours: Decimal
    provider: str
    cost_usd: int


@dataclass(frozen=True)
class RiskSeed:
    category: str
    title: str
    cause: str
    controls: str
    likelihood: int
    impact: int
    residual_likelihood: int
    residual_impact: int


@dataclass(frozen=True)
class Seeds:
    regions: tuple[RegionSeed, ...]
    usd_rates: dict[str, RateSeed]
    family_names: tuple[tuple[str, str], ...]  # (pinyin, hanzi)
    given_names: tuple[tuple[str, str], ...]
    local_managers: dict[str, tuple[tuple[str, str], ...]]  # region key -> (name, zone)
    customer_words: tuple[str, ...]
    customer_suffixes: tuple[str, ...]
    courses: tuple[CourseSeed, ...]
    course_feedback: tuple[str, ...]
    region_risks: tuple[RiskSeed, ...]
    rep_risks: tuple[tuple[str, str], ...]  # (category, title template)
    prc_anti_bribery: str
    country_obligations: tuple[tuple[str, str], ...]  # (category, obligation)
    meeting_notes: tuple[str, ...]
    private_notes: tuple[str, ...]
    agenda: tuple[str, ...]
    actions: tuple[tuple[str, str], ...]  # (owner, text template)
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]
    summaries: dict[int, str]  # by overall rating
    rep_comments: tuple[str, ...]
    goals: tuple[str, ...]
    rep_notes: tuple[str, ...]


def _country(d: dict[str, Any]) -> CountrySeed:
    cities = tuple(City(c["city"], c["zone"], c["share"]) for c in d["cities"])
    return CountrySeed(
        d["code"],
        d["currency"],
        d["calling_code"],
        tuple(d["languages"]),
        d["permit_prefix"],
        d["permit_name"],
        cities,
        d["data_protection"],
        d["anti_bribery"],
    )


def _region(d: dict[str, Any]) -> RegionSeed:
    return RegionSeed(
        d["key"],
        d["name"],
        d["name_zh"],
        d["base_currency"],
        d["share"],
        d["revenue_usd"],
        tuple(d["season"]),
        d["hub"]["zone"],
        tuple(_country(c) for c in d["countries"]),
    )


def _pairs(items: list[Any], *keys: str) -> tuple[tuple[str, str], ...]:
    if keys:
        return tuple((item[keys[0]], item[keys[1]]) for item in items)
    return tuple((a, b) for a, b in items)


@cache
def load_seeds() -> Seeds:
    """The seed data, read once per process."""
    raw = json.loads((resources_dir() / "demo" / "seeds.json").read_text(encoding="utf-8"))
    return Seeds(
        regions=tuple(_region(r) for r in raw["regions"]),
        usd_rates={
            code: RateSeed(Decimal(v["rate"]), v["noise_pct"], v["trend_pct"])
            for code, v in raw["usd_rates"].items()
        },
        family_names=_pairs(raw["family_names"]),
        given_names=_pairs(raw["given_names"]),
        local_managers={k: _pairs(v, "name", "zone") for k, v in raw["local_managers"].items()},
        customer_words=tuple(raw["customer_words"]),
        customer_suffixes=tuple(raw["customer_suffixes"]),
        courses=tuple(
            CourseSeed(
                c["title"],
                c["title_zh"],
                c["category"],
                c["format"],
                Decimal(c["hours"]),
                c["provider"],
                c["cost_usd"],
            )
            for c in raw["courses"]
        ),
        course_feedback=tuple(raw["course_feedback"]),
        region_risks=tuple(RiskSeed(**r) for r in raw["region_risks"]),
        rep_risks=_pairs(raw["rep_risks"], "category", "title"),
        prc_anti_bribery=raw["prc_anti_bribery"],
        country_obligations=_pairs(raw["country_obligations"], "category", "obligation"),
        meeting_notes=tuple(raw["meeting_notes"]),
        private_notes=tuple(raw["private_notes"]),
        agenda=tuple(raw["agenda"]),
        actions=_pairs(raw["actions"], "owner", "text"),
        strengths=tuple(raw["strengths"]),
        improvements=tuple(raw["improvements"]),
        summaries={int(k): v for k, v in raw["summaries"].items()},
        rep_comments=tuple(raw["rep_comments"]),
        goals=tuple(raw["goals"]),
        rep_notes=tuple(raw["rep_notes"]),
    )


# -- text and scheduling helpers ------------------------------------------------------


def smart_description(metric: Metric, total: Decimal, unit: str, city: str, year: int) -> str:
    """The SMART wording of a rep's yearly target."""
    if metric is Metric.REVENUE:
        return f"Invoice {unit} {total:,.0f} of revenue from {city} accounts in {year}."
    if metric is Metric.NEW_CUSTOMERS:
        return f"Win {total} new paying customers in {city} during {year}."
    if metric is Metric.VISITS:
        return f"Make {total} customer visits in {year}, spread evenly over the months."
    return f"Keep customer satisfaction at {total} or above in every survey of {year}."


def customer_names(seeds: Seeds, rng: random.Random, per_country: int = 6) -> dict[str, list[str]]:
    """Fictitious customer names per country code."""
    return {
        country.code: [
            f"{rng.choice(seeds.customer_words)} {rng.choice(seeds.customer_suffixes)}"
            for _ in range(per_country)
        ]
        for region in seeds.regions
        for country in region.countries
    }


def meeting_hour(
    rng: random.Random, rep_zone: ZoneInfo, manager_zone: ZoneInfo, on: dt.date
) -> int:
    """A local hour for the rep (9–16) inside the manager's working day if there is one."""
    hours = list(range(9, 17))
    rng.shuffle(hours)
    for hour in hours:
        local = dt.datetime(on.year, on.month, on.day, hour, tzinfo=rep_zone)
        if 8 <= local.astimezone(manager_zone).hour <= 19:
            return hour
    return hours[0]
