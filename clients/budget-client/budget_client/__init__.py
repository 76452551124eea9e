
""" A client library for accessing sg-suite Budget (DPG) """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
