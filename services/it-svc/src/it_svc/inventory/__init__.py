"""inventory domain of it-svc."""
