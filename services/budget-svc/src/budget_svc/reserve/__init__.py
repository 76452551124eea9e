"""reserve domain."""
