from enum import StrEnum

class EntrySource(StrEnum):
    IMPROVEMENT_PROPOSED = "improvement_proposed"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
