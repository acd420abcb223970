"""The appointments tab (预约)."""
