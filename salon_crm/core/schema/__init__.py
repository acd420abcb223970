"""Frozen DDL of each schema version, applied in order by ``migrations``."""
