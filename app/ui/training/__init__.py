"""The Training area: courses planned for each rep, completed, planned for many at once."""
