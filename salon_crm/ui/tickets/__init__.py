"""The complaints and feedback tab (投诉与反馈)."""
