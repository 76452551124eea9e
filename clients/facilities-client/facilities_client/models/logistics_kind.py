from enum import StrEnum

class LogisticsKind(StrEnum):
    MAIL = "mail"
    MOVE = "move"
    OTHER = "other"
    VEHICLE = "vehicle"

    def __str__(self) -> str:
        return str(self.value)
