from enum import StrEnum

class BodyKind(StrEnum):
    CSA = "CSA"
    F3SCT = "F3SCT"

    def __str__(self) -> str:
        return str(self.value)
