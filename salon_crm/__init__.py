"""salon_crm: an offline client manager for one beauty or hair salon."""

__version__ = "0.1.0"
