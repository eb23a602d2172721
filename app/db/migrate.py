"""Schema migrations: upgrade on start, report the revision, check for drift.

Alembic reads its settings from ``pyproject.toml``; the script folder is found
beside the ``app`` package so an installed console migrates too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.db.models import Base
from app.paths import project_root


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer Outpost than this one."""


def alembic_config(url: str | None = None) -> Config:
    root = project_root()
    pyproject = root / "pyproject.toml"
    config = Config(toml_file=str(pyproject)) if pyproject.exists() else Config()
    config.set_main_option("script_location", str(root / "migrations"))
    if url:
        # ConfigParser treats % as interpolation; URLs may hold %-escapes.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "migrations/versions holds no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_known_revision(revision: str) -> bool:
    return any(script.revision == revision for script in script_directory().walk_revisions())


def ensure_not_newer(engine: Engine) -> None:
    """Refuse a database whose revision this version of the app does not know."""
    current = current_revision(engine)
    if current is not None and not is_known_revision(current):
        raise SchemaTooNewError(
            f"This database was created by a newer version of Outpost (schema revision "
            f"{current}). Install the newer version; the database was left untouched."
        )


@contextmanager
def sqlite_foreign_keys_off(conn: Connection) -> Iterator[None]:
    """Run a migration on SQLite with foreign keys off, then check none is broken.

    Batch mode copies a table and drops the original; with foreign keys on,
    that drop is an implicit ``DELETE`` whose ``ON DELETE CASCADE`` / ``SET
    NULL`` actions empty or unlink the tables referring to it (every
    attachment of the compliance items, say). SQLite ignores the pragma inside
    a transaction, so it is set before one begins (the SQLite documentation's
    "making other kinds of table schema changes", step 1 and 10). Other
    engines are left as they are.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    # Each pragma is its own (autobegun) SQLAlchemy transaction, ended at once so
    # the migration's own transaction can begin; the driver sends no BEGIN for them.
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.commit()
    try:
        yield
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.commit()
        if broken:
            raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")
    finally:
        if conn.in_transaction():
            conn.rollback()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()


@contextmanager
def _connected_config(engine: Engine) -> Iterator[Config]:
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.connect() as conn, sqlite_foreign_keys_off(conn), conn.begin():
        config.attributes["connection"] = conn
        yield config


def upgrade(engine: Engine, revision: str = "head") -> None:
    ensure_not_newer(engine)
    with _connected_config(engine) as config:
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    with _connected_config(engine) as config:
        command.downgrade(config, revision)


def drift(engine: Engine) -> list[object]:
    """Differences between the models and the migrated schema (empty when in step)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()
