"""allocations domain."""
