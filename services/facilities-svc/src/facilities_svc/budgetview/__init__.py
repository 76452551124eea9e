"""Budget's availability per line as budget publishes it (``budget.availability_changed``)."""
