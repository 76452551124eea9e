"""policy domain of it-svc."""
