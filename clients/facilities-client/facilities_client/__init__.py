
""" A client library for accessing sg-suite General services (DSG) """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
