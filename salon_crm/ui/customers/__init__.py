"""The customer files tab (客户档案)."""
