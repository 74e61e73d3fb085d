"""Screens pushed over the dashboard (detail, help)."""
