"""staff domain of it-svc."""
