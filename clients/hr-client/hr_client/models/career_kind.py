from enum import StrEnum

class CareerKind(StrEnum):
    ECHELON = "echelon"
    HIRED = "hired"
    LEFT = "left"
    MOVED = "moved"
    PROMOTED = "promoted"
    STATUS_CHANGED = "status_changed"

    def __str__(self) -> str:
        return str(self.value)
