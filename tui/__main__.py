"""`python -m tui` runs the storywatch command."""

from tui.cli import main

raise SystemExit(main())
