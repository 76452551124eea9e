
""" A client library for accessing sg-suite Statistical production (DOMP) """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
