"""One module per panel of the dashboard."""
