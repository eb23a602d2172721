"""Alembic environment for Outpost (configured from pyproject.toml)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from app.db.engine import make_engine, resolve_url
from app.db.migrate import sqlite_foreign_keys_off
from app.db.models import Base
from app.paths import app_paths

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    # The app passes its URL; the plain `alembic` command falls back to what the
    # app itself would open (OUTPOST_DATABASE_URL, else the user's local file).
    given = None
    if config.file_config.has_section(config.config_ini_section):
        given = config.get_main_option("sqlalchemy.url")
    return given or resolve_url(None, app_paths())


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        compare_server_default=False,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # An app that migrates on start hands over its own connection.
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as conn, sqlite_foreign_keys_off(conn):
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
