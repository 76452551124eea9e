from enum import StrEnum

class ManualReserveKind(StrEnum):
    CANCELLATION = "cancellation"
    EXTRA_FREEZE = "extra_freeze"
    RELEASE = "release"

    def __str__(self) -> str:
        return str(self.value)
