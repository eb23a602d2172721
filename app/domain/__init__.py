"""Pure business rules of Outpost: no Qt, no SQL."""
