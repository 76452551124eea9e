"""Délégations de signature of the ordonnateur's acts, as hr-svc records them."""
