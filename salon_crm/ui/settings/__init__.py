"""The settings dialogs: staff, service catalogue, shop."""
