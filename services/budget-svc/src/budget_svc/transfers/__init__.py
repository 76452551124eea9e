"""transfers domain."""
