from enum import StrEnum

class Axis(StrEnum):
    ACTION = "action"
    TITLE = "title"
    UNIT_CODE = "unit_code"

    def __str__(self) -> str:
        return str(self.value)
