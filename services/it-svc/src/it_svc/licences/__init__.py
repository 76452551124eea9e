"""licences domain of it-svc."""
