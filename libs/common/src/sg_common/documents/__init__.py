"""Documents attached to records (docs/documents.md): the type read from the bytes, a size
limit, a SHA-256, one storage interface (the database by default, a directory as a setting),
downloads authorised by the record's own read rule; and the PDFs the SG signs (``pdf``)."""

from sg_common.documents.models import Document, DocumentBlob
from sg_common.documents.router import DocumentPage, DocumentPublic, document_router
from sg_common.documents.service import (
    DocumentNotFound,
    DocumentTooLarge,
    UnsupportedDocumentType,
    attach,
    safe_filename,
)
from sg_common.documents.sniff import OFFICE_DOCUMENTS, SIGNED_PAPERS, sniff
from sg_common.documents.store import (
    DatabaseStore,
    DocumentStore,
    FilesystemStore,
    S3Store,
    store_from_settings,
)

__all__ = [
    "OFFICE_DOCUMENTS",
    "SIGNED_PAPERS",
    "DatabaseStore",
    "Document",
    "DocumentBlob",
    "DocumentNotFound",
    "DocumentPage",
    "DocumentPublic",
    "DocumentStore",
    "DocumentTooLarge",
    "FilesystemStore",
    "S3Store",
    "UnsupportedDocumentType",
    "attach",
    "document_router",
    "safe_filename",
    "sniff",
    "store_from_settings",
]
