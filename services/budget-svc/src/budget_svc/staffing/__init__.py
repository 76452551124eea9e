"""staffing domain: staff ceilings in ETPT."""
