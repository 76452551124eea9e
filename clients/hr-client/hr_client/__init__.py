
""" A client library for accessing sg-suite Human resources (DRH) """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
