"""Data layer: SQLAlchemy models, engine, migrations and backups (no Qt)."""
