"""The type of a file, read from its bytes (never from its name nor from what the client says).

The leading signature is read by ``puremagic`` (pure Python, no libmagic). ZIP containers (the
office formats) all start with the same ``PK`` signature, so their type is read from their
entries with the standard library: an OpenDocument file names its type in its first entry
``mimetype``; an Office Open XML file has ``[Content_Types].xml`` and a ``word/`` or ``xl/``
part. A bare ZIP archive, an executable or text is not a document type here.
"""

from __future__ import annotations

import io
import zipfile

import puremagic

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

#: The types the suite accepts, with the extension a download is named with.
EXTENSIONS: dict[str, str] = {
    PDF: ".pdf",
    PNG: ".png",
    JPEG: ".jpg",
    ODT: ".odt",
    ODS: ".ods",
    DOCX: ".docx",
    XLSX: ".xlsx",
}
#: Scans and written documents: what a supporting document, a quote or minutes may be.
OFFICE_DOCUMENTS = frozenset({PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX})
#: A signed paper: PDF or a scan of it.
SIGNED_PAPERS = frozenset({PDF, PNG, JPEG})

_ZIP = b"PK\x03\x04"
_SIGNATURES = {PDF, PNG, JPEG}


def _zip_type(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                return declared if declared in (ODT, ODS) else None
            if "[Content_Types].xml" in names:
                if any(name.startswith("word/") for name in names):
                    return DOCX
                if any(name.startswith("xl/") for name in names):
                    return XLSX
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, NotImplementedError):
        return None
    return None


def sniff(data: bytes) -> str | None:
    """The MIME type of ``data`` if it is one the suite knows, else ``None``."""
    if data.startswith(_ZIP):
        return _zip_type(data)
    try:
        matches = puremagic.magic_string(data)
    except (puremagic.PureError, ValueError):
        return None
    for match in matches:
        if match.mime_type in _SIGNATURES:
            return str(match.mime_type)
    return None
