from enum import StrEnum

class ReserveKind(StrEnum):
    CANCELLATION = "cancellation"
    EXTRA_FREEZE = "extra_freeze"
    FREEZE = "freeze"
    RELEASE = "release"

    def __str__(self) -> str:
        return str(self.value)
