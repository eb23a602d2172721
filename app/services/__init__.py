"""Use cases over a database session: validation, audit, queries (no Qt)."""
