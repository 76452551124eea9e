"""commitments domain."""
