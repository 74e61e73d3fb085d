"""storywatch's terminal dashboard (Textual) and command line."""
