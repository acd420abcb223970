"""The satisfaction tab (满意度)."""
