"""Who I am: the signed-in manager kept in the settings (``ME``), and what follows from it.

The signed-in manager is the audit actor ("Name <email>" instead of the OS
login), the default reviewer of a new cycle's reviews, the default owner of a
new one-on-one, and gives "your time" its zone. Nothing here is required: with
no manager chosen (or one deleted since) every default falls back to what it
was before.
"""

from __future__ import annotations

from app.services.team import ManagerRecord, TeamService
from app.ui.context import UiContext
from app.ui.settings import ME, MY_TIME_ZONE


def actor_text(name: str, email: str) -> str:
    """How the audit trail names a manager: ``"Li Na <li.na@example.com>"``."""
    return f"{name.strip()} <{email.strip()}>"


def signed_in_manager(ctx: UiContext) -> ManagerRecord | None:
    """The manager the settings name, or None (none chosen, or no longer stored)."""
    manager_id = ME.get(ctx.settings)
    if manager_id is None:
        return None
    # Managers are few: one short query, no per-id lookup needed.
    return next((m for m in TeamService(ctx.db).list_managers() if m.id == manager_id), None)


def my_time_zone(ctx: UiContext) -> str | None:
    """My zone: the one chosen in Preferences, else the signed-in manager's, else None."""
    chosen = MY_TIME_ZONE.get(ctx.settings).strip()
    if chosen:
        return chosen
    manager = signed_in_manager(ctx)
    return manager.time_zone if manager is not None else None


def my_manager_id(ctx: UiContext) -> int | None:
    """The signed-in manager's id when that manager still exists."""
    manager = signed_in_manager(ctx)
    return manager.id if manager is not None else None


def apply_signed_in(ctx: UiContext) -> str:
    """Make the signed-in manager (else the OS login) the audit actor; the actor."""
    manager = signed_in_manager(ctx)
    ctx.set_actor(actor_text(manager.name, manager.email) if manager is not None else None)
    return ctx.db.actor


def sign_in(ctx: UiContext, manager: ManagerRecord | None) -> str:
    """Keep ``manager`` (None: nobody) as who I am and act as them from now on."""
    ME.set(ctx.settings, manager.id if manager is not None else None)
    ctx.settings.sync()
    return apply_signed_in(ctx)


__all__ = [
    "actor_text",
    "apply_signed_in",
    "my_manager_id",
    "my_time_zone",
    "sign_in",
    "signed_in_manager",
]
