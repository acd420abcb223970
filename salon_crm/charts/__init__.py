"""matplotlib figures for the satisfaction tab and reports (no Qt, no pyplot)."""
