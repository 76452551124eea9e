
""" A client library for accessing sg-suite IT (DI) """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
