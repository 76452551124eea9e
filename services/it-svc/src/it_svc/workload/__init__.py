"""workload domain of it-svc."""
