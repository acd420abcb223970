"""Pieces shared by the tabs and dialogs: table base model, table view, formatting."""
