"""structure domain."""
